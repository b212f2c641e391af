package org.icsse.governance.web.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.icsse.governance.application.audit.AuditSealing;
import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.ballot.DecisionService;
import org.icsse.governance.application.ballot.DecisionView;
import org.icsse.governance.application.ballot.Recount;
import org.icsse.governance.application.ballot.VoteReceipt;
import org.icsse.governance.application.ballot.VotingCard;
import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.application.motion.AmendmentForm;
import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.register.NetworkForm;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.ballot.BallotStatus;
import org.icsse.governance.domain.ballot.Choice;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Outcome;
import org.icsse.governance.domain.ballot.Result;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.decision.DecisionNumber;
import org.icsse.governance.domain.decision.DecisionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.web.it.Deployments;
import org.icsse.governance.web.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ballots inside the running application, on the database of the run (H2 file, then PostgreSQL): a meeting
 * ballot from opening to decision and minutes, the frozen electorate, one vote per network under 100
 * concurrent casts, casts racing with the closing, secret ballots that store no link between a network and its
 * choice, the secretariat's recount, amendments and ballots without quorum. Every test makes its own body,
 * networks and delegates.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class BallotIT {

    private static final Caller SECRETARIAT = Caller.person("secretariat", Set.of(Role.SECRETARIAT), null);
    private static final Caller CHAIR = Caller.person("chair", Set.of(Role.CHAIR), null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(BallotIT.class);
    }

    @Inject
    AuditSealing auditSealing;

    @Inject
    BallotService ballots;

    @Inject
    DecisionService decisions;

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutes;

    @Inject
    MotionService motions;

    @Inject
    NetworkRegister networks;

    @Inject
    BodyRegister bodies;

    /**
     * A body whose first network weighs 3 and the others 1. Its delegates act as callers of the services; no
     * account is opened for them (the services read the caller, not the account), which keeps the fixture fast.
     */
    private record Fixture(Body body, List<MemberNetwork> members) {

        Caller delegateOf(int index) {
            MemberNetwork network = members.get(index);
            return Caller.person(username(network), EnumSet.of(Role.DELEGATE), network.id());
        }

        long network(int index) {
            return members.get(index).id();
        }
    }

    private static String username(MemberNetwork network) {
        return "it." + network.acronym().value().toLowerCase();
    }


    /** {@code networkCount} networks in a body with the given quorum (networks %) and simple majority. */
    private Fixture fixture(int networkCount, int quorumPercent) {
        return CallerContext.asSystem(() -> {
            List<MemberNetwork> members = new ArrayList<>();
            for (int i = 0; i < networkCount; i++) {
                String acronym = "BA" + Fixtures.letters(8);
                MemberNetwork network = networks.register(
                        new NetworkForm("Network " + acronym, acronym, "EUROPE", "MEMBER_BASED", i == 0 ? 3 : 1, null));
                members.add(network);
            }
            Body body = bodies.create(new BodyForm("Body " + Fixtures.letters(4), Fixtures.letters(8),
                    members.stream().map(MemberNetwork::id).toList(), quorumPercent, 0, "SIMPLE", 1, 1));
            return new Fixture(body, members);
        });
    }

    /** An admitted motion proposed by network 0 and seconded by network 1. */
    private long admittedMotion(Fixture f, String text) {
        long id = CallerContext.as(f.delegateOf(0), () -> motions.propose(new MotionForm(f.body().id(),
                "Motion " + Fixtures.letters(5), text, null, "EN", null))).id();
        CallerContext.as(f.delegateOf(1), () -> motions.second(id));
        CallerContext.as(SECRETARIAT, () -> motions.admit(id));
        return id;
    }

    /** A meeting of the body in session, with the motion on its agenda as the current item. */
    private long sittingOn(Fixture f, long motionId) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long meetingId = CallerContext.as(SECRETARIAT, () -> meetings.plan(new MeetingForm(f.body().id(), "Sitting",
                day + "T09:00", day.plusDays(2) + "T17:00", "UTC", "Montréal", null))).id();
        MeetingView withItem = CallerContext.as(SECRETARIAT, () -> meetings.addMotionItem(meetingId, motionId, null));
        long itemId = withItem.agenda().get(0).itemId();
        CallerContext.as(CHAIR, () -> meetings.open(meetingId));
        CallerContext.as(CHAIR, () -> meetings.advanceTo(meetingId, itemId));
        return meetingId;
    }

    private BallotView openNamed(long motionId) {
        return CallerContext.as(CHAIR, () -> ballots.open(new BallotForm(motionId, null, null, null, null, false, null)));
    }

    private VoteReceipt cast(Fixture f, int voter, long ballotId, int network, Choice choice) {
        return CallerContext.as(f.delegateOf(voter), () -> ballots.cast(ballotId, f.network(network), choice.name()));
    }

    private static Connection connection() throws NamingException, SQLException {
        return ((DataSource) new InitialContext().lookup("java:app/jdbc/governance")).getConnection();
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static List<String> strings(String sql, long id) throws Exception {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        }
    }

    @Test
    void aMeetingBallotRunsFromOpeningToDecisionAndMinutes() {
        Fixture f = fixture(4, 50);
        long motionId = admittedMotion(f, "The coalition adopts a common charter.");
        long meetingId = sittingOn(f, motionId);
        CallerContext.as(f.delegateOf(3), () -> meetings.giveProxy(meetingId, f.network(2)));

        BallotView opened = openNamed(motionId);

        assertThat(opened.status()).isEqualTo(BallotStatus.OPEN);
        assertThat(opened.meetingId()).isEqualTo(meetingId);
        assertThat(opened.electorate()).isEqualTo(new Count(4, 6));
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(motionId, Language.EN)).status())
                .isEqualTo(MotionStatus.VOTING);
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(3), () -> meetings.revokeProxy(meetingId)))
                .as("proxies are fixed once the first ballot opens").isInstanceOf(ConflictException.class);

        cast(f, 0, opened.id(), 0, Choice.FOR);          // weight 3
        cast(f, 1, opened.id(), 1, Choice.AGAINST);      // weight 1
        cast(f, 2, opened.id(), 3, Choice.AGAINST);      // weight 1, by proxy of network 3
        List<VotingCard> cards = CallerContext.as(f.delegateOf(2), () -> ballots.votingCards());
        assertThat(cards).filteredOn(c -> c.ballot().id() == opened.id()).singleElement()
                .satisfies(card -> assertThat(card.networks()).extracting(n -> n.network().id(), n -> n.byProxy())
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(f.network(2), false),
                                org.assertj.core.groups.Tuple.tuple(f.network(3), true)));
        BallotView live = CallerContext.as(CHAIR, () -> ballots.get(opened.id()));
        assertThat(live.liveTally().inFavour()).isEqualTo(new Count(1, 3));
        assertThat(live.participation()).isEqualTo(new Count(3, 5));
        assertThat(CallerContext.as(f.delegateOf(1), () -> ballots.get(opened.id())).liveTally())
                .as("running totals are the chair's").isNull();

        BallotView closed = CallerContext.as(CHAIR, () -> ballots.close(opened.id()));

        Result result = closed.result();
        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(result.tally().inFavour()).isEqualTo(new Count(1, 3));
        assertThat(result.tally().against()).isEqualTo(new Count(2, 2));
        assertThat(result.tally().participation()).isEqualTo(new Count(3, 5));
        assertThat(closed.decisionNumber()).matches("ICSSE/\\d{4}/\\d{3,}");
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(motionId, Language.EN)).status())
                .isEqualTo(MotionStatus.ADOPTED);

        List<DecisionView> found = CallerContext.as(Caller.ANONYMOUS,
                () -> decisions.search(new DecisionQuery(f.body().id(), null, null, 0, 10))).items();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.number()).isEqualTo(closed.decisionNumber());
            assertThat(d.text()).isEqualTo("The coalition adopts a common charter.");
            assertThat(d.ballotId()).isEqualTo(opened.id());
            assertThat(d.meetingId()).isEqualTo(meetingId);
            assertThat(DecisionNumber.parse(d.number()).year()).isEqualTo(LocalDate.now(ZoneOffset.UTC).getYear());
        });
        MinutesView record = CallerContext.as(SECRETARIAT, () -> minutes.get(meetingId));
        assertThat(record.results()).singleElement().satisfies(r -> {
            assertThat(r.ballotId()).isEqualTo(opened.id());
            assertThat(r.outcome()).isEqualTo(Outcome.ADOPTED);
            assertThat(r.decisionNumber()).isEqualTo(closed.decisionNumber());
            assertThat(r.tally()).isEqualTo(result.tally());
        });
        assertThatThrownBy(() -> cast(f, 1, opened.id(), 1, Choice.FOR)).isInstanceOf(ConflictException.class);
        CallerContext.as(CHAIR, () -> meetings.adjourn(meetingId));
        assertThat(CallerContext.as(CHAIR, () -> meetings.close(meetingId)).status().name()).isEqualTo("CLOSED");
        assertThatThrownBy(() -> CallerContext.as(CHAIR, () -> ballots.close(opened.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(CallerContext.as(CHAIR, () -> ballots.get(opened.id())).result()).isEqualTo(result);
    }

    @Test
    void theElectorateIsFrozenWhenTheBallotOpens() {
        Fixture f = fixture(3, 0);
        long motionId = admittedMotion(f, "Frozen electorate.");
        long meetingId = sittingOn(f, motionId);
        BallotView opened = openNamed(motionId);
        CallerContext.as(CHAIR, () -> meetings.adjourn(meetingId));
        assertThatThrownBy(() -> CallerContext.as(CHAIR, () -> meetings.close(meetingId)))
                .as("a meeting does not close on an open ballot").isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.ballotOpen"));

        CallerContext.asSystem(() -> networks.update(f.network(1), new NetworkForm(null, null, null, null, 50, null)));
        CallerContext.asSystem(() -> networks.update(f.network(2), new NetworkForm(null, null, null, null, null, "SUSPENDED")));
        cast(f, 1, opened.id(), 1, Choice.FOR);
        cast(f, 2, opened.id(), 2, Choice.FOR);

        BallotView closed = CallerContext.as(CHAIR, () -> ballots.close(opened.id()));
        assertThat(closed.electorate()).isEqualTo(new Count(3, 5));
        assertThat(closed.result().tally().inFavour()).as("weights as they were at opening").isEqualTo(new Count(2, 2));
    }

    @Test
    void nobodyVotesForANetworkThatIsNotTheirs() {
        Fixture f = fixture(3, 0);
        Fixture outsiders = fixture(1, 0);
        long motionId = admittedMotion(f, "Only members vote.");
        sittingOn(f, motionId);
        BallotView opened = openNamed(motionId);

        assertThatThrownBy(() -> cast(f, 1, opened.id(), 2, Choice.FOR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CallerContext.as(outsiders.delegateOf(0),
                () -> ballots.cast(opened.id(), outsiders.network(0), "FOR")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ballot.notInElectorate"));
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(0), () -> ballots.open(
                new BallotForm(motionId, null, null, null, null, false, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(0), () -> ballots.close(opened.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(CallerContext.as(CHAIR, () -> ballots.get(opened.id())).participation()).isEqualTo(Count.ZERO);
    }

    @Test
    void aHundredConcurrentCastsForOneNetworkLeaveExactlyOneVote() throws Exception {
        Fixture f = fixture(2, 0);
        long motionId = admittedMotion(f, "Concurrent casts.");
        sittingOn(f, motionId);
        long ballotId = openNamed(motionId).id();
        Caller delegate = f.delegateOf(1);
        long network = f.network(1);

        List<Callable<VoteReceipt>> casts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Choice choice = Choice.values()[i % 3];
            casts.add(() -> CallerContext.as(delegate, () -> ballots.cast(ballotId, network, choice.name())));
        }
        List<VoteReceipt> receipts = new ArrayList<>();
        for (Future<VoteReceipt> done : Fixtures.together(casts, 16)) {
            receipts.add(done.get());
        }

        assertThat(receipts).extracting(VoteReceipt::receipt).doesNotHaveDuplicates().hasSize(100);
        List<String> stored = strings("SELECT receipt FROM ballot_vote WHERE ballot_id = ?", ballotId);
        assertThat(stored).singleElement().isIn(receipts.stream().map(VoteReceipt::receipt).toList());
        VoteReceipt current = CallerContext.as(delegate, () -> ballots.ownVote(ballotId, network));
        assertThat(current.receipt()).isEqualTo(stored.get(0));
        VoteReceipt winner = receipts.stream().filter(r -> r.receipt().equals(stored.get(0))).findFirst().orElseThrow();
        assertThat(current.choice()).as("the stored choice is the one cast with the stored receipt").isEqualTo(winner.choice());
        assertThat(CallerContext.as(CHAIR, () -> ballots.get(ballotId)).participation()).isEqualTo(new Count(1, 1));
    }

    @Test
    void castsRacingWithTheClosingAreEitherCountedOrRefused() throws Exception {
        int voters = 30;
        Fixture f = fixture(voters, 0);
        long motionId = admittedMotion(f, "Race.");
        sittingOn(f, motionId);
        long ballotId = openNamed(motionId).id();

        List<Callable<VoteReceipt>> work = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            int index = i;
            work.add(() -> cast(f, index, ballotId, index, Choice.FOR));
        }
        // the closing starts among the casts: some come before it, some wait for it and are refused
        work.add(voters / 2, () -> {
            Thread.sleep(5);
            CallerContext.as(CHAIR, () -> ballots.close(ballotId));
            return null;
        });

        Set<String> accepted = new HashSet<>();
        int refused = 0;
        for (Future<VoteReceipt> done : Fixtures.together(work, 8)) {
            try {
                VoteReceipt receipt = done.get();
                if (receipt != null) {
                    accepted.add(receipt.receipt());
                }
            } catch (ExecutionException e) {
                assertThat(e.getCause()).as("a refused cast is refused as a conflict").isInstanceOf(ConflictException.class);
                refused++;
            }
        }

        assertThat(accepted.size() + refused).isEqualTo(voters);
        List<String> counted = CallerContext.as(SECRETARIAT, () -> ballots.receipts(ballotId));
        assertThat(counted).as("every acknowledged cast is counted, nothing else").containsExactlyInAnyOrderElementsOf(accepted);
        Result result = CallerContext.as(CHAIR, () -> ballots.get(ballotId)).result();
        assertThat(result.tally().inFavour().networks()).isEqualTo(accepted.size());
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.recount(ballotId)).matches()).isTrue();
    }

    @Test
    void aSecretBallotStoresNoLinkBetweenANetworkAndItsChoice() throws Exception {
        Fixture f = fixture(4, 0);
        long motionId = admittedMotion(f, "Secret.");
        long meetingId = sittingOn(f, motionId);
        long ballotId = CallerContext.as(CHAIR, () -> ballots.open(
                new BallotForm(motionId, "SIMPLE", false, 0, 0, true, null))).id();
        VoteReceipt first = cast(f, 0, ballotId, 0, Choice.FOR);
        cast(f, 1, ballotId, 1, Choice.AGAINST);
        cast(f, 2, ballotId, 2, Choice.ABSTAIN);
        assertThat(CallerContext.as(CHAIR, () -> ballots.get(ballotId)).liveTally())
                .as("a secret ballot shows participation only while open").isNull();
        VoteReceipt again = cast(f, 0, ballotId, 0, Choice.AGAINST);
        assertThat(again.receipt()).isNotEqualTo(first.receipt());

        CallerContext.as(CHAIR, () -> ballots.close(ballotId));

        assertThat(strings("SELECT COUNT(*) FROM ballot_vote WHERE ballot_id = ? AND (network_id IS NOT NULL OR cast_at IS NOT NULL)",
                ballotId)).containsExactly("0");
        List<String> slots = strings("SELECT slot FROM ballot_vote WHERE ballot_id = ?", ballotId);
        assertThat(slots).hasSize(3).allSatisfy(slot -> assertThat(slot).matches("[0-9a-f]{64}"));
        for (int i = 0; i < 4; i++) {
            assertThat(slots).as("a slot is not the network id").doesNotContain(String.valueOf(f.network(i)));
        }
        auditSealing.sealAll();
        List<String> audit = strings("SELECT after_state FROM audit_entry WHERE subject_type = 'ballot' AND subject_id = CAST(? AS VARCHAR(64))"
                + " AND action = 'ballot.voted'", ballotId);
        assertThat(audit).hasSize(4).allSatisfy(line -> assertThat(line)
                .doesNotContain("FOR", "AGAINST", "ABSTAIN", first.receipt(), again.receipt()));

        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> ballots.rollCall(ballotId)))
                .isInstanceOf(AccessDeniedException.class);
        VoteReceipt own = CallerContext.as(f.delegateOf(0), () -> ballots.ownVote(ballotId, f.network(0)));
        assertThat(own.choice()).as("a closed secret ballot shows nobody a choice").isNull();
        assertThat(own.receipt()).isEqualTo(again.receipt());
        assertThat(CallerContext.as(f.delegateOf(3), () -> ballots.receipts(ballotId))).hasSize(3)
                .contains(again.receipt()).doesNotContain(first.receipt()).isSorted();
        Result result = CallerContext.as(f.delegateOf(3), () -> ballots.get(ballotId)).result();
        assertThat(result.tally().against()).isEqualTo(new Count(2, 4));
        assertThat(result.tally().abstain()).isEqualTo(new Count(1, 1));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        Recount recount = CallerContext.as(SECRETARIAT, () -> ballots.recount(ballotId));
        assertThat(recount.matches()).isTrue();
        assertThat(recount.votesRead()).isEqualTo(3);
        assertThat(CallerContext.as(SECRETARIAT, () -> minutes.get(meetingId)).results()).singleElement()
                .satisfies(r -> assertThat(r.secret()).isTrue());
    }

    @Test
    void theRecountFindsAVoteChangedBehindTheApplicationsBackWherePostgresqlDoesNotRefuseIt() throws Exception {
        Fixture f = fixture(3, 0);
        long motionId = admittedMotion(f, "Tamper.");
        sittingOn(f, motionId);
        long ballotId = openNamed(motionId).id();
        cast(f, 0, ballotId, 0, Choice.FOR);
        cast(f, 1, ballotId, 1, Choice.AGAINST);
        CallerContext.as(CHAIR, () -> ballots.close(ballotId));
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.recount(ballotId)).matches()).isTrue();
        assertThatThrownBy(() -> CallerContext.as(CHAIR, () -> ballots.recount(ballotId)))
                .as("the recount is the secretariat's").isInstanceOf(AccessDeniedException.class);

        String tamper = "UPDATE ballot_vote SET choice = 'FOR' WHERE ballot_id = ? AND choice = 'AGAINST'";
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(tamper)) {
            s.setLong(1, ballotId);
            if (postgres(c)) {
                assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("closed");
                return;
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Recount recount = CallerContext.as(SECRETARIAT, () -> ballots.recount(ballotId));
        assertThat(recount.matches()).isFalse();
        assertThat(recount.recomputed().tally().inFavour()).isEqualTo(new Count(2, 4));
        assertThat(recount.stored().tally().inFavour()).isEqualTo(new Count(1, 3));
    }

    @Test
    void anAdoptedAmendmentRewritesItsMotionAndABallotWithoutQuorumDecidesNothing() {
        Fixture f = fixture(4, 75);
        long motionId = admittedMotion(f, "First paragraph.\n\nSecond paragraph.");
        long amendmentId = CallerContext.as(f.delegateOf(2), () -> motions.proposeAmendment(motionId,
                new AmendmentForm("Better second", "A better second paragraph.", null, 2))).id();
        CallerContext.as(f.delegateOf(3), () -> motions.second(amendmentId));
        CallerContext.as(SECRETARIAT, () -> motions.admit(amendmentId));
        sittingOn(f, motionId);

        assertThatThrownBy(() -> openNamed(motionId)).as("amendments are decided first").isInstanceOf(ConflictException.class);
        long amendmentBallot = openNamed(amendmentId).id();
        for (int i = 0; i < 3; i++) {
            cast(f, i, amendmentBallot, i, Choice.FOR);
        }
        assertThat(CallerContext.as(CHAIR, () -> ballots.close(amendmentBallot)).decisionNumber())
                .as("an amendment is not a decision of its own").isNull();

        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(amendmentId, Language.EN)).status())
                .isEqualTo(MotionStatus.ADOPTED);
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(motionId, Language.EN)).text())
                .isEqualTo("First paragraph.\n\nA better second paragraph.");

        long motionBallot = openNamed(motionId).id();
        cast(f, 0, motionBallot, 0, Choice.FOR);
        BallotView closed = CallerContext.as(CHAIR, () -> ballots.close(motionBallot));
        assertThat(closed.result().outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(closed.decisionNumber()).isNull();
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(motionId, Language.EN)).status())
                .as("back on the agenda, ready for a new ballot").isEqualTo(MotionStatus.ON_AGENDA);
        assertThat(openNamed(motionId).status()).isEqualTo(BallotStatus.OPEN);
    }

    @Test
    void aRemoteBallotNeedsAnAdmittedMotionAndIsNotClosedBeforeItsDeadline() {
        Fixture f = fixture(2, 0);
        long motionId = admittedMotion(f, "Remote.");
        String deadline = Instant.now().plusSeconds(3600).toString();

        BallotView remote = CallerContext.as(SECRETARIAT, () -> ballots.open(
                new BallotForm(motionId, "ABSOLUTE", true, 10, 10, false, deadline)));

        assertThat(remote.meetingId()).isNull();
        assertThat(remote.closesAt()).isEqualTo(Instant.parse(deadline));
        assertThat(remote.majority().name()).isEqualTo("ABSOLUTE");
        assertThat(remote.doubleMajority()).isTrue();
        cast(f, 1, remote.id(), 1, Choice.FOR);
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.closeIfDue(remote.id()))).isFalse();
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.dueForClosing())).doesNotContain(remote.id());
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.get(remote.id())).status()).isEqualTo(BallotStatus.OPEN);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> ballots.open(
                new BallotForm(motionId, null, null, null, null, false, deadline))))
                .as("one ballot at a time on a motion").isInstanceOf(RuntimeException.class);
    }
}
