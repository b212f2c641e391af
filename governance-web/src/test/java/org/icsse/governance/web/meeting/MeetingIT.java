package org.icsse.governance.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.application.account.AccountRegister;
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
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.meeting.MinutesStatus;
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
 * Meetings inside the running application, on PostgreSQL (tag {@code postgresql}: the
 * production database only): schedules entered in a meeting's own zone, the agenda taking motions and
 * their amendments, concurrent check-ins, proxies in the quorum, and minutes that no longer change once
 * approved — refused by PostgreSQL itself too. Every test makes its own body, networks and delegates.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class MeetingIT {

    private static final Caller SECRETARIAT = Caller.person("secretariat", Set.of(Role.SECRETARIAT), null);
    private static final Caller CHAIR = Caller.person("chair", Set.of(Role.CHAIR), null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(MeetingIT.class);
    }

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

    @Inject
    AccountRegister accounts;

    /** A body of networks of weight 1 except the first (weight 3), with one delegate account each. */
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


    /** Quorum 50% of networks and 50% of weight, proxy cap 1. */
    private Fixture fixture(int networkCount) {
        return CallerContext.asSystem(() -> {
            List<MemberNetwork> members = new ArrayList<>();
            for (int i = 0; i < networkCount; i++) {
                String acronym = "ME" + Fixtures.letters(8);
                MemberNetwork network = networks.register(
                        new NetworkForm("Network " + acronym, acronym, "AFRICA", "MEMBER_BASED", i == 0 ? 3 : 1, null));
                accounts.open(new AccountForm(username(network), Deployments.DEMO_PASSWORD, "Delegate of " + acronym,
                        username(network) + "@it.invalid", "EN", "UTC", List.of("DELEGATE"), network.id()));
                members.add(network);
            }
            Body body = bodies.create(new BodyForm("Body " + Fixtures.letters(4), Fixtures.letters(8),
                    members.stream().map(MemberNetwork::id).toList(), 50, 50, "SIMPLE", 1, 1));
            return new Fixture(body, members);
        });
    }

    private MeetingView plan(Fixture f, LocalDate day, String zone) {
        return CallerContext.as(SECRETARIAT, () -> meetings.plan(new MeetingForm(f.body().id(), "Sitting " + day,
                day + "T09:00", day + "T17:00", zone, "Dakar, CICAD", null)));
    }

    private MeetingView inSession(Fixture f) {
        long id = plan(f, LocalDate.now(ZoneOffset.UTC).minusDays(1), "Africa/Dakar").id();
        return CallerContext.as(CHAIR, () -> meetings.open(id));
    }

    @Test
    void timesTypedInTheMeetingsZoneAreStoredAsInstants() {
        Fixture f = fixture(1);
        LocalDate day = LocalDate.of(2027, 1, 15);

        MeetingView dakar = plan(f, day, "Africa/Dakar");
        MeetingView lima = plan(f, day, "America/Lima");

        assertThat(dakar.start()).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
        assertThat(lima.start()).isEqualTo(Instant.parse("2027-01-15T14:00:00Z"));
        MeetingView read = CallerContext.as(f.delegateOf(0), () -> meetings.get(lima.id()));
        assertThat(read.timeZone()).hasToString("America/Lima");
        assertThat(read.end()).isEqualTo(Instant.parse("2027-01-15T22:00:00Z"));
        assertThat(CallerContext.as(f.delegateOf(0), () -> meetings.ofBody(f.body().id())))
                .extracting(MeetingView::id).containsExactlyInAnyOrder(dakar.id(), lima.id());
    }

    @Test
    void theAgendaKeepsItsOrderAllotmentsAndRemovalsInTheDatabase() {
        Fixture f = fixture(1);
        long id = plan(f, LocalDate.of(2027, 3, 1), "Africa/Dakar").id();
        for (String title : List.of("Report", "Discussion", "Accounts", "Any other business")) {
            CallerContext.as(SECRETARIAT, () -> meetings.addFreeItem(id, "REPORT", title, null));
        }
        List<Long> ids = CallerContext.as(SECRETARIAT, () -> meetings.get(id)).agenda().stream()
                .map(MeetingView.AgendaRow::itemId).toList();

        CallerContext.as(SECRETARIAT, () -> meetings.reorder(id, List.of(ids.get(3), ids.get(1), ids.get(0), ids.get(2))));
        CallerContext.as(SECRETARIAT, () -> meetings.allot(id, ids.get(1), 45));
        CallerContext.as(SECRETARIAT, () -> meetings.removeItem(id, ids.get(0)));
        CallerContext.as(SECRETARIAT, () -> meetings.addFreeItem(id, "DISCUSSION", "Next steps", 10));

        // read in new transactions: what the database holds, not what the changing transaction returned
        assertThat(CallerContext.as(SECRETARIAT, () -> meetings.get(id)).agenda())
                .extracting(MeetingView.AgendaRow::title, MeetingView.AgendaRow::allottedMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Any other business", null),
                        org.assertj.core.groups.Tuple.tuple("Discussion", 45),
                        org.assertj.core.groups.Tuple.tuple("Accounts", null),
                        org.assertj.core.groups.Tuple.tuple("Next steps", 10));
    }

    @Test
    void checkOutsAndRevokedProxiesAreStored() {
        Fixture f = fixture(3);
        long id = inSession(f).id();
        CallerContext.as(f.delegateOf(0), () -> meetings.giveProxy(id, f.network(1)));
        CallerContext.as(CHAIR, () -> meetings.checkIn(id, f.network(1)));
        CallerContext.as(CHAIR, () -> meetings.checkIn(id, f.network(2)));

        CallerContext.as(f.delegateOf(2), () -> meetings.checkOut(id, f.network(2)));
        CallerContext.as(f.delegateOf(0), () -> meetings.revokeProxy(id));

        MeetingView read = CallerContext.as(CHAIR, () -> meetings.get(id));
        assertThat(read.attendance()).filteredOn(MeetingView.AttendanceRow::present)
                .extracting(row -> row.network().id()).containsExactly(f.network(1));
        assertThat(read.proxies()).singleElement().satisfies(p -> assertThat(p.active()).isFalse());
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(0), () -> meetings.revokeProxy(id)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aMotionGoesOnTheAgendaWithItsAdmittedAmendmentsAndComesOffPostponed() {
        Fixture f = fixture(3);
        long motionId = CallerContext.as(f.delegateOf(0), () -> motions.propose(new MotionForm(f.body().id(), "On the agenda",
                "One.\n\nTwo.", null, "EN", null))).id();
        CallerContext.as(f.delegateOf(1), () -> motions.second(motionId));
        CallerContext.as(SECRETARIAT, () -> motions.admit(motionId));
        long amendmentId = CallerContext.as(f.delegateOf(1), () -> motions.proposeAmendment(motionId,
                new AmendmentForm("Better two", "Two, better.", null, 2))).id();
        CallerContext.as(f.delegateOf(2), () -> motions.second(amendmentId));
        CallerContext.as(SECRETARIAT, () -> motions.admit(amendmentId));
        long meetingId = plan(f, LocalDate.of(2027, 2, 1), "Africa/Dakar").id();

        MeetingView withMotion = CallerContext.as(SECRETARIAT, () -> meetings.addMotionItem(meetingId, motionId, 30));

        assertThat(withMotion.agenda()).singleElement().satisfies(row -> {
            assertThat(row.motionId()).isEqualTo(motionId);
            assertThat(row.motionStatus()).isEqualTo(MotionStatus.ON_AGENDA);
            assertThat(row.allottedMinutes()).isEqualTo(30);
        });
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(amendmentId, Language.EN)).status())
                .isEqualTo(MotionStatus.ON_AGENDA);

        long itemId = withMotion.agenda().get(0).itemId();
        CallerContext.as(SECRETARIAT, () -> meetings.removeItem(meetingId, itemId));
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(motionId, Language.EN)).status())
                .isEqualTo(MotionStatus.POSTPONED);
        assertThat(CallerContext.as(SECRETARIAT, () -> motions.get(amendmentId, Language.EN)).status())
                .isEqualTo(MotionStatus.POSTPONED);
    }

    @Test
    void networksCheckingInAtOnceAreAllPresentAndTheQuorumFollows() throws Exception {
        Fixture f = fixture(8);
        long id = inSession(f).id();
        assertThat(CallerContext.as(CHAIR, () -> meetings.get(id)).quorum().met()).isFalse();

        List<Callable<MeetingView>> checkIns = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            Caller delegate = f.delegateOf(i);
            long network = f.network(i);
            checkIns.add(() -> CallerContext.as(delegate, () -> meetings.checkIn(id, network)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(checkIns.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MeetingView>> running = new ArrayList<>();
            for (Callable<MeetingView> checkIn : checkIns) {
                running.add(threads.submit(() -> {
                    start.await();
                    return checkIn.call();
                }));
            }
            start.countDown();
            for (Future<MeetingView> result : running) {
                result.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        MeetingView.QuorumView quorum = CallerContext.as(CHAIR, () -> meetings.get(id)).quorum();
        // 7 of 8 networks present, 7 of 10 weight: both parts of 50% met
        assertThat(List.of(quorum.presentCount(), quorum.presentWeight(), quorum.electorateCount(), quorum.electorateWeight()))
                .containsExactly(7L, 7L, 8L, 10L);
        assertThat(quorum.met()).isTrue();
    }

    @Test
    void aPresentProxyHolderBringsItsGiverAndDelegatesActOnlyForTheirOwnNetwork() {
        Fixture f = fixture(4);
        long id = inSession(f).id();
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(1), () -> meetings.checkIn(id, f.network(0))))
                .isInstanceOf(AccessDeniedException.class);

        CallerContext.as(f.delegateOf(0), () -> meetings.giveProxy(id, f.network(1)));
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(2), () -> meetings.giveProxy(id, f.network(1))))
                .isInstanceOf(ConflictException.class);
        MeetingView.QuorumView absent = CallerContext.as(CHAIR, () -> meetings.get(id)).quorum();
        CallerContext.as(CHAIR, () -> meetings.checkIn(id, f.network(1)));
        MeetingView present = CallerContext.as(CHAIR, () -> meetings.get(id));

        assertThat(absent.presentCount()).isZero();
        assertThat(present.quorum().presentCount()).isEqualTo(2);
        assertThat(present.quorum().presentWeight()).isEqualTo(4);
        assertThat(present.attendance()).filteredOn(row -> row.network().id() == f.network(0)).singleElement()
                .satisfies(row -> assertThat(row.byProxyOf().id()).isEqualTo(f.network(1)));
        assertThat(present.quorum().met()).isTrue();
    }

    @Test
    void approvedMinutesNeverChangeAndPostgresqlRefusesItToo() throws Exception {
        Fixture f = fixture(3);
        long id = plan(f, LocalDate.now(ZoneOffset.UTC).minusDays(1), "Africa/Dakar").id();
        long itemId = CallerContext.as(SECRETARIAT, () -> meetings.addFreeItem(id, "REPORT", "Report of the secretariat", 20))
                .agenda().get(0).itemId();
        CallerContext.as(CHAIR, () -> meetings.open(id));
        CallerContext.as(CHAIR, () -> meetings.checkIn(id, f.network(0)));
        CallerContext.as(SECRETARIAT, () -> meetings.adjourn(id));
        CallerContext.as(SECRETARIAT, () -> meetings.close(id));
        long laterId = CallerContext.as(SECRETARIAT, () -> meetings.plan(new MeetingForm(f.body().id(), "Later",
                LocalDate.now(ZoneOffset.UTC).plusDays(30) + "T09:00", LocalDate.now(ZoneOffset.UTC).plusDays(30) + "T12:00",
                "UTC", null, "https://meet.example.org/later"))).id();

        CallerContext.as(SECRETARIAT, () -> minutes.draft(id));
        MinutesView written = CallerContext.as(SECRETARIAT, () -> minutes.writeSection(id, itemId,
                "<p>The report was <strong>received</strong>.<script>alert(1)</script></p>"));
        assertThat(written.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Report of the secretariat");
            assertThat(section.html()).isEqualTo("<p>The report was <strong>received</strong>.</p>");
        });
        assertThat(CallerContext.as(f.delegateOf(1), () -> minutes.find(id))).as("a draft is not the members' yet").isEmpty();
        assertThat(CallerContext.as(CHAIR, () -> minutes.find(id))).isPresent();
        CallerContext.as(SECRETARIAT, () -> minutes.circulate(id));
        assertThat(CallerContext.as(f.delegateOf(1), () -> minutes.find(id))).isPresent();
        CallerContext.as(f.delegateOf(1), () -> minutes.comment(id, "Agreed.", false));
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> minutes.approveBySecretariat(id)))
                .isInstanceOf(ConflictException.class);
        MinutesView approved = CallerContext.as(SECRETARIAT, () -> minutes.approveByDecision(id, laterId, "GA/2027/001"));

        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.attendance()).extracting(a -> a.network().id()).containsExactly(f.network(0));
        assertThat(approved.attendance()).singleElement().extracting(MinutesView.Attendance::delegates)
                .as("the present network's delegates, named").isEqualTo(List.of("Delegate of " + f.members().get(0).acronym().value()));
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(2), () -> minutes.comment(id, "Too late", true)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> minutes.writeSection(id, itemId, "<p>Rewritten</p>")))
                .isInstanceOf(ConflictException.class);
        assertThat(CallerContext.as(f.delegateOf(2), () -> meetings.get(id)).status()).isEqualTo(MeetingStatus.CLOSED);

        try (Connection c = ((DataSource) new InitialContext().lookup("java:app/jdbc/governance")).getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).as("the run's database").containsIgnoringCase("postgres");
            for (String change : List.of("update minutes set decision_reference = 'forged' where meeting_id = ?",
                    "update minutes_attendance set proxy_holder_network_id = network_id where meeting_id = ?",
                    "delete from minutes_section where meeting_id = ?",
                    "insert into minutes_comment (meeting_id, position, network_id, text, objection, commented_at)"
                            + " select meeting_id, 99, network_id, 'forged', true, current_timestamp from minutes_attendance where meeting_id = ?")) {
                try (PreparedStatement s = c.prepareStatement(change)) {
                    s.setLong(1, id);
                    assertThatThrownBy(s::executeUpdate).as(change).isInstanceOf(SQLException.class)
                            .hasMessageContaining("approved");
                }
            }
        }
    }
}
