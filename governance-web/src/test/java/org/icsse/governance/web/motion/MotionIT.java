package org.icsse.governance.web.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import java.util.stream.IntStream;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.icsse.governance.application.motion.AmendmentForm;
import org.icsse.governance.application.motion.HistoryEntry;
import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionSummary;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.motion.TranslationForm;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.register.NetworkForm;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.motion.Amendment;
import org.icsse.governance.domain.motion.Motion;
import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.web.it.Deployments;
import org.icsse.governance.web.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Motions inside the running application, on PostgreSQL (tag {@code postgresql}: the
 * production database only): gapless numbering under concurrent submissions, a rolled-back submission
 * giving its number back, the mapping of versions, seconds, translations and amendments, the privacy of
 * drafts, and the constraints the database holds by itself. Every test makes its own body, so that
 * its counter starts at 1 whatever ran before.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class MotionIT {

    private static final int CONCURRENT = 50;

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(MotionIT.class);
    }

    @Inject
    MotionService service;

    @Inject
    Motions motions;

    @Inject
    NetworkRegister networks;

    @Inject
    BodyRegister bodies;

    @Inject
    UserTransaction transaction;

    /** A body with its own member networks, and callers acting as their delegates. */
    private record Fixture(Body body, List<MemberNetwork> members) {

        Caller delegateOf(int index) {
            return Caller.person("delegate-" + members.get(index).acronym().value().toLowerCase(),
                    EnumSet.of(Role.DELEGATE), members.get(index).id());
        }

        MotionForm form(String title) {
            return new MotionForm(body.id(), title, "First paragraph.\n\nSecond paragraph.", "Because.", "EN", null);
        }
    }

    private static final Caller SECRETARIAT = Caller.person("secretariat-it", Set.of(Role.SECRETARIAT), null);


    private Fixture fixture(int networkCount) {
        return CallerContext.asSystem(() -> {
            List<MemberNetwork> members = new ArrayList<>();
            for (int i = 0; i < networkCount; i++) {
                String acronym = "MI" + Fixtures.letters(8);
                members.add(networks.register(new NetworkForm("Network " + acronym, acronym, "EUROPE", "MEMBER_BASED", 1, null)));
            }
            Body body = bodies.create(new BodyForm("Body " + Fixtures.letters(4), Fixtures.letters(8),
                    members.stream().map(MemberNetwork::id).toList(), 50, 0, "SIMPLE", 1, 1));
            return new Fixture(body, members);
        });
    }

    private static int year() {
        return Instant.now().atZone(ZoneOffset.UTC).getYear();
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:app/jdbc/governance");
    }

    /** Runs the tasks on threads of their own, all released at once; their results in the tasks' order. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void fiftyConcurrentSubmissionsGetTheNumbersOneToFiftyEachOnce() throws Exception {
        Fixture f = fixture(5);
        List<Callable<MotionView>> submissions = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            Caller delegate = f.delegateOf(i % f.members().size());
            String title = "Concurrent motion " + i;
            submissions.add(() -> CallerContext.as(delegate, () -> service.propose(f.form(title))));
        }

        List<String> numbers = together(submissions).stream().map(MotionView::number).toList();

        String prefix = f.body().code().value() + "-" + year() + "-";
        assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, CONCURRENT).mapToObj(n -> prefix + String.format("%03d", n)).toList());
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*), count(distinct number_sequence),"
                        + " min(number_sequence), max(number_sequence) from motion where body_id = ?")) {
            s.setLong(1, f.body().id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                        .containsExactly(CONCURRENT, CONCURRENT, 1, CONCURRENT);
            }
        }
    }

    /**
     * The counter on its own, without the audit log (whose lock also orders audited transactions): fifty
     * transactions drawing a number at once, each holding it a moment before committing.
     */
    @Test
    void theCounterAloneGivesConcurrentTransactionsGaplessNumbers() throws Exception {
        Fixture f = fixture(1);
        List<Callable<Integer>> draws = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            draws.add(() -> {
                UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                tx.begin();
                try {
                    int sequence = motions.nextNumber(f.body().id(), f.body().code(), year()).sequence();
                    Thread.sleep(2);
                    tx.commit();
                    return sequence;
                } catch (Exception | Error e) {
                    tx.rollback();
                    throw e;
                }
            });
        }

        assertThat(together(draws)).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CONCURRENT).boxed().toList());
    }

    @Test
    void networksSecondingOneMotionAtOnceAreAllCounted() throws Exception {
        Fixture f = fixture(9);
        long id = CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("Popular"))).id();
        List<Callable<MotionView>> seconds = new ArrayList<>();
        for (int i = 1; i < 9; i++) {
            Caller delegate = f.delegateOf(i);
            seconds.add(() -> CallerContext.as(delegate, () -> service.second(id)));
        }

        together(seconds);

        MotionView read = CallerContext.as(f.delegateOf(0), () -> service.get(id, Language.EN));
        assertThat(read.seconds()).extracting(s -> s.network().id())
                .containsExactlyInAnyOrderElementsOf(f.members().subList(1, 9).stream().map(MemberNetwork::id).toList());
    }

    @Test
    void aRolledBackSubmissionGivesItsNumberBack() throws Exception {
        Fixture f = fixture(2);
        String first = CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("First"))).number();

        transaction.begin();
        try {
            CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("Rolled back")));
        } finally {
            transaction.rollback();
        }
        String next = CallerContext.as(f.delegateOf(1), () -> service.propose(f.form("Next"))).number();

        assertThat(first).endsWith("-001");
        assertThat(next).endsWith("-002");
        assertThat(CallerContext.as(f.delegateOf(1), () -> service.search(
                new MotionQuery(f.body().id(), null, "Rolled back", null, null, true, 0, 10))).total()).isZero();
    }

    @Test
    void aDraftIsSeenOnlyByItsNetworkAndGetsItsNumberWhenSubmitted() {
        Fixture f = fixture(2);
        MotionView draft = CallerContext.as(f.delegateOf(0), () -> service.draft(f.form("Private draft")));
        assertThat(draft.status()).isEqualTo(MotionStatus.DRAFT);
        assertThat(draft.number()).isNull();

        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(1), () -> service.get(draft.id(), Language.EN)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> service.get(draft.id(), Language.EN)))
                .isInstanceOf(NotFoundException.class);
        MotionQuery all = new MotionQuery(f.body().id(), null, null, null, null, true, 0, 50);
        assertThat(CallerContext.as(f.delegateOf(1), () -> service.search(all)).items()).isEmpty();
        assertThat(CallerContext.as(f.delegateOf(0), () -> service.search(all)).items())
                .extracting(MotionSummary::id).containsExactly(draft.id());

        MotionView submitted = CallerContext.as(f.delegateOf(0), () -> service.submit(draft.id()));
        assertThat(submitted.number()).isEqualTo(f.body().code().value() + "-" + year() + "-001");
        assertThat(CallerContext.as(f.delegateOf(1), () -> service.get(draft.id(), Language.EN)).status())
                .isEqualTo(MotionStatus.SUBMITTED);
    }

    @Test
    void editsSecondsAdmissionAndTranslationsSurviveTheRoundTrip() {
        Fixture f = fixture(3);
        long id = CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("Shared charter"))).id();
        CallerContext.as(f.delegateOf(0), () -> service.edit(id,
                new MotionForm(null, "Shared charter, revised", "First paragraph.\n\nA better second paragraph.", null, null, null)));
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> service.admit(id)))
                .isInstanceOf(ConflictException.class);
        CallerContext.as(f.delegateOf(1), () -> service.second(id));
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(1), () -> service.second(id)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(0), () -> service.second(id)))
                .isInstanceOf(ConflictException.class);
        CallerContext.as(SECRETARIAT, () -> service.admit(id));
        CallerContext.as(f.delegateOf(0), () -> service.translate(id,
                new TranslationForm("FR", "Charte commune", "Premier paragraphe.", false)));
        CallerContext.as(SECRETARIAT, () -> service.approveTranslation(id, "FR"));

        MotionView read = CallerContext.as(f.delegateOf(2), () -> service.get(id, Language.FR));
        assertThat(read.status()).isEqualTo(MotionStatus.ADMITTED);
        assertThat(read.versions()).extracting(MotionView.VersionView::number, MotionView.VersionView::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Shared charter"),
                        org.assertj.core.groups.Tuple.tuple(2, "Shared charter, revised"));
        assertThat(read.seconds()).extracting(s -> s.network().id()).containsExactly(f.members().get(1).id());
        assertThat(read.shown().title()).isEqualTo("Charte commune");
        assertThat(read.shown().isAuthoritative()).isFalse();
        assertThat(read.translations()).singleElement().satisfies(t -> assertThat(t.official()).isTrue());
        assertThat(CallerContext.as(f.delegateOf(2), () -> service.compare(id, 1, 2)).text())
                .anySatisfy(line -> assertThat(line.newHtml()).contains("<ins>"));
        assertThat(CallerContext.as(f.delegateOf(2), () -> service.history(id))).extracting(HistoryEntry::action)
                .containsExactly("motion.drafted", "motion.submitted", "motion.edited", "motion.seconded",
                        "motion.admitted", "motion.translated", "motion.translationApproved");
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(0), () -> service.edit(id,
                new MotionForm(null, "Too late", "Text", null, null, null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAdoptedAmendmentBecomesANewVersionRecordedWithItsNumber() throws Exception {
        Fixture f = fixture(3);
        long motionId = CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("To amend"))).id();
        CallerContext.as(f.delegateOf(1), () -> service.second(motionId));
        CallerContext.as(SECRETARIAT, () -> service.admit(motionId));
        MotionView amendment = CallerContext.as(f.delegateOf(1), () -> service.proposeAmendment(motionId,
                new AmendmentForm("Sharper second paragraph", "An amended second paragraph.", null, 2)));
        assertThat(amendment.amendment()).isTrue();
        assertThat(amendment.number()).endsWith("-002");
        CallerContext.as(f.delegateOf(2), () -> service.second(amendment.id()));
        CallerContext.as(SECRETARIAT, () -> service.admit(amendment.id()));

        // the vote itself belongs to the ballots; here the domain operations it will call, in one transaction
        transaction.begin();
        Motion motion = (Motion) motions.getById(motionId);
        Amendment adopted = (Amendment) motions.getById(amendment.id());
        adopted.putOnAgenda();
        adopted.startVoting();
        adopted.recordOutcome(true);
        motion.applyAdoptedAmendment(adopted, Instant.now());
        transaction.commit();

        MotionView read = CallerContext.as(f.delegateOf(2), () -> service.get(motionId, Language.EN));
        assertThat(read.text()).isEqualTo("First paragraph.\n\nAn amended second paragraph.");
        assertThat(read.versions()).last().satisfies(v -> {
            assertThat(v.number()).isEqualTo(2);
            assertThat(v.amendmentNumber()).isEqualTo(amendment.number());
        });
        assertThat(read.amendments()).extracting(MotionSummary::status).containsExactly(MotionStatus.ADOPTED);
    }

    @Test
    void delegatesActOnlyForTheirOwnNetworkAndOnlyInTheirBodies() {
        Fixture f = fixture(2);
        Fixture other = fixture(1);
        MotionForm forAnother = new MotionForm(f.body().id(), "Not mine", "Text", null, "EN", f.members().get(1).id());
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(0), () -> service.propose(forAnother)))
                .isInstanceOf(AccessDeniedException.class);
        long id = CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("Mine"))).id();
        assertThatThrownBy(() -> CallerContext.as(other.delegateOf(0), () -> service.second(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CallerContext.as(f.delegateOf(1), () -> service.withdraw(id)))
                .isInstanceOf(AccessDeniedException.class);
        CallerContext.as(f.delegateOf(0), () -> service.withdraw(id));
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> service.admit(id)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theDemonstrationCoalitionShowsEveryStageOfAMotion() {
        long ga = CallerContext.asSystem(() -> bodies.list()).stream()
                .filter(b -> b.code().value().equals("GA")).findFirst().orElseThrow().id();
        Caller delegateOfIca = Caller.person("delegate.ica", Set.of(Role.DELEGATE),
                CallerContext.asSystem(() -> networks.search(
                        new org.icsse.governance.domain.network.NetworkQuery("ICA", null, null, null, null, true, 0, 5)))
                        .items().stream().filter(n -> n.acronym().value().equals("ICA")).findFirst().orElseThrow().id());
        List<MotionSummary> seen = CallerContext.as(delegateOfIca, () -> service.search(
                new MotionQuery(ga, null, null, null, MotionQuery.SortField.SUBMITTED, true, 0, 500))).items();

        MotionSummary charter = seen.stream().filter(m -> m.title().equals("Charte de l'adhésion ouverte")).findFirst().orElseThrow();
        assertThat(charter.status()).isEqualTo(MotionStatus.ADMITTED);
        MotionView read = CallerContext.as(delegateOfIca, () -> service.get(charter.id(), Language.EN));
        assertThat(read.shown().title()).isEqualTo("Charter of open membership");
        assertThat(read.shown().authority()).isEqualTo(org.icsse.governance.domain.motion.Authority.OFFICIAL_TRANSLATION);
        assertThat(read.amendments()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(MotionStatus.SUBMITTED));
        assertThat(seen).extracting(MotionSummary::status).contains(MotionStatus.SUBMITTED, MotionStatus.DRAFT);
    }

    @Test
    void theDatabaseRefusesASecondSecondOfOneNetworkAndADuplicateNumber() throws Exception {
        Fixture f = fixture(2);
        MotionView motion = CallerContext.as(f.delegateOf(0), () -> service.propose(f.form("Guarded")));
        CallerContext.as(f.delegateOf(1), () -> service.second(motion.id()));
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into motion_second (motion_id, position, network_id, seconded_at) values (?, 5, ?, current_timestamp)")) {
                s.setLong(1, motion.id());
                s.setLong(2, f.members().get(1).id());
                assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class);
            }
            try (PreparedStatement s = c.prepareStatement("insert into motion (id, kind, body_id, body_code, proposer_network_id,"
                    + " status, number, number_year, number_sequence, submitted_at, title, text, language, drafted_at)"
                    + " select nextval('motion_seq'), kind, body_id, body_code, proposer_network_id, status, 'XX-1-1',"
                    + " number_year, number_sequence, submitted_at, title, text, language, drafted_at from motion where id = ?")) {
                s.setLong(1, motion.id());
                assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class);
            }
        }
    }
}
