package org.icsse.governance.web.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.archive.ArchiveCheck;
import org.icsse.governance.application.archive.ArchiveService;
import org.icsse.governance.application.archive.ArchiveVerifier;
import org.icsse.governance.application.archive.ArchivedPackageView;
import org.icsse.governance.application.audit.AuditSealing;
import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.register.NetworkForm;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.batch.archivemeetings.ArchiveMeetingsJob;
import org.icsse.governance.batch.ballotreminders.BallotRemindersJob;
import org.icsse.governance.batch.closeballots.CloseBallotsJob;
import org.icsse.governance.batch.monitor.JobExecutionView;
import org.icsse.governance.batch.monitor.JobMonitor;
import org.icsse.governance.batch.schedule.JobSchedule;
import org.icsse.governance.batch.schedule.ScheduledJob;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.ballot.BallotStatus;
import org.icsse.governance.domain.ballot.Choice;
import org.icsse.governance.domain.ballot.Outcome;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.infrastructure.config.Settings;
import org.icsse.governance.web.it.Deployments;
import org.icsse.governance.web.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch jobs inside the running application, on the database of the run (H2 file, then PostgreSQL): each
 * job's happy path, a repeated run that changes nothing, concurrent starts (two servers firing at once), a restart
 * after a failure in the middle, the archive's chain and its verification, the destruction of secret choices, and
 * reminders read from a real SMTP server (GreenMail) inside the server. Scheduling is off in the test runs; the
 * schedule's once-per-cluster lock is tested by ticking it from two threads.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class BatchIT {

    private static final Caller SECRETARIAT = Caller.person("secretariat", Set.of(Role.SECRETARIAT), null);
    private static final Caller CHAIR = Caller.person("chair", Set.of(Role.CHAIR), null);

    @Deployment
    static WebArchive deployment() {
        // GreenMail's own dependencies (Jakarta Mail, SLF4J) are in Payara Micro or the WAR already
        return Deployments.withLibrariesOf(Deployments.applicationWith(BatchIT.class), GreenMail.class);
    }

    @Inject
    AuditSealing auditSealing;

    @Inject
    BallotService ballots;

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

    @Inject
    ArchiveService archive;

    @Inject
    JobMonitor monitor;

    @Inject
    JobSchedule schedule;

    private record Fixture(Body body, List<MemberNetwork> members) {

        Caller delegateOf(int index) {
            MemberNetwork network = members.get(index);
            return Caller.person("it.batch." + network.acronym().value().toLowerCase(), EnumSet.of(Role.DELEGATE), network.id());
        }

        long network(int index) {
            return members.get(index).id();
        }
    }


    /** {@code count} networks of weight 1 in a body without quorum and with simple majority. */
    private Fixture fixture(int count) {
        return CallerContext.asSystem(() -> {
            List<MemberNetwork> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String acronym = "BJ" + Fixtures.letters(8);
                members.add(networks.register(new NetworkForm("Network " + acronym, acronym, "AFRICA", "MEMBER_BASED", 1, null)));
            }
            Body body = bodies.create(new BodyForm("Body " + Fixtures.letters(4), Fixtures.letters(8),
                    members.stream().map(MemberNetwork::id).toList(), 0, 0, "SIMPLE", 1, 1));
            return new Fixture(body, members);
        });
    }

    private long admittedMotion(Fixture f, String title) {
        long id = CallerContext.as(f.delegateOf(0), () -> motions.propose(new MotionForm(f.body().id(), title,
                "The coalition resolves: " + title + ".", null, "EN", null))).id();
        CallerContext.as(f.delegateOf(1), () -> motions.second(id));
        CallerContext.as(SECRETARIAT, () -> motions.admit(id));
        return id;
    }

    private BallotView remoteBallot(long motionId, boolean secret, Instant closesAt) {
        return CallerContext.as(SECRETARIAT, () -> ballots.open(
                new BallotForm(motionId, null, null, null, null, secret, closesAt.toString())));
    }

    private void cast(Fixture f, int network, long ballotId, Choice choice) {
        CallerContext.as(f.delegateOf(network), () -> ballots.cast(ballotId, f.network(network), choice.name()));
    }

    /**
     * A meeting of the body held yesterday, with one ballot on a motion (secret or named, everybody voting FOR),
     * closed, and its minutes circulated and approved by a later meeting's decision: ready for the archive.
     */
    private Meeting heldMeeting(Fixture f, boolean secret) {
        long motionId = admittedMotion(f, "Archive " + Fixtures.letters(6));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        long meetingId = CallerContext.as(SECRETARIAT, () -> meetings.plan(new MeetingForm(f.body().id(), "Held " + Fixtures.letters(4),
                day + "T09:00", day.plusDays(1) + "T17:00", "UTC", "Dakar", null))).id();
        MeetingView withItem = CallerContext.as(SECRETARIAT, () -> meetings.addMotionItem(meetingId, motionId, null));
        CallerContext.as(CHAIR, () -> meetings.open(meetingId));
        CallerContext.as(CHAIR, () -> meetings.advanceTo(meetingId, withItem.agenda().get(0).itemId()));
        BallotView ballot = CallerContext.as(CHAIR, () -> ballots.open(new BallotForm(motionId, null, null, null, null, secret, null)));
        for (int i = 0; i < f.members().size(); i++) {
            cast(f, i, ballot.id(), i == 0 ? Choice.AGAINST : Choice.FOR);
        }
        CallerContext.as(CHAIR, () -> ballots.close(ballot.id()));
        CallerContext.as(CHAIR, () -> meetings.adjourn(meetingId));
        CallerContext.as(CHAIR, () -> meetings.close(meetingId));
        if (CallerContext.as(SECRETARIAT, () -> minutes.find(meetingId)).isEmpty()) {
            CallerContext.as(SECRETARIAT, () -> minutes.draft(meetingId));
        }
        CallerContext.as(SECRETARIAT, () -> minutes.circulate(meetingId));
        LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        long approving = CallerContext.as(SECRETARIAT, () -> meetings.plan(new MeetingForm(f.body().id(), "Next " + Fixtures.letters(4),
                later + "T09:00", later + "T17:00", "UTC", "Dakar", null))).id();
        CallerContext.as(SECRETARIAT, () -> minutes.approveByDecision(meetingId, approving, "ICSSE/2026/900"));
        return new Meeting(meetingId, ballot.id());
    }

    private record Meeting(long id, long ballotId) {
    }

    // close-ballots

    @Test
    void closeBallotsClosesEachDueBallotExactlyOnceWhenStartedTwiceAtOnceAndARepeatedRunChangesNothing() throws Exception {
        Fixture f = fixture(3);
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BallotView ballot = remoteBallot(admittedMotion(f, "Due " + i), false, Instant.now().plusSeconds(3600));
            cast(f, 0, ballot.id(), Choice.FOR);
            cast(f, 1, ballot.id(), i == 2 ? Choice.AGAINST : Choice.FOR);
            due.add(ballot.id());
        }
        long notDue = remoteBallot(admittedMotion(f, "Not due"), false, Instant.now().plusSeconds(3600)).id();
        for (long id : due) {
            moveDeadline(id, Instant.now().minusSeconds(60));
        }

        List<Future<JobExecution>> runs = Fixtures.together(List.of(() -> run(CloseBallotsJob.NAME), () -> run(CloseBallotsJob.NAME)), 3);

        int closedByRuns = 0;
        for (Future<JobExecution> run : runs) {
            JobExecution execution = run.get();
            assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            closedByRuns += closedCount(execution);
        }
        assertThat(closedByRuns).as("between them the two runs closed each due ballot once").isGreaterThanOrEqualTo(3);
        for (long id : due) {
            BallotView closed = CallerContext.as(SECRETARIAT, () -> ballots.get(id));
            assertThat(closed.status()).isEqualTo(BallotStatus.CLOSED);
            assertThat(audited("ballot.closed", String.valueOf(id)))
                    .as("closed once").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM decision WHERE ballot_id = ?", id)).isLessThanOrEqualTo(1);
        }
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.get(due.get(0))).result().outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.get(due.get(0))).decisionNumber()).isNotNull();
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.get(due.get(2))).result().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(CallerContext.as(SECRETARIAT, () -> ballots.get(notDue)).status()).isEqualTo(BallotStatus.OPEN);

        JobExecution again = run(CloseBallotsJob.NAME);
        assertThat(again.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> monitor.restart(again.getExecutionId())))
                .as("a completed execution").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> monitor.restart(987_654_321L)))
                .isInstanceOf(org.icsse.governance.domain.shared.NotFoundException.class);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> monitor.start("drop-all-tables")))
                .isInstanceOf(org.icsse.governance.domain.shared.InvalidValueException.class);
        assertThatThrownBy(() -> CallerContext.as(Caller.person("delegate", Set.of(Role.DELEGATE), null),
                () -> monitor.start(CloseBallotsJob.NAME))).as("secretariat only")
                .isInstanceOf(org.icsse.governance.domain.shared.AccessDeniedException.class);
        assertThat(again.getExitStatus()).as("nothing to close").isEqualTo("COMPLETED");
        for (long id : due) {
            assertThat(audited("ballot.closed", String.valueOf(id)))
                    .isEqualTo(1);
        }
        List<JobExecutionView> listed = CallerContext.as(SECRETARIAT, () -> monitor.executions(20));
        assertThat(listed).filteredOn(e -> e.executionId() == again.getExecutionId()).singleElement()
                .satisfies(e -> {
                    assertThat(e.jobName()).isEqualTo(CloseBallotsJob.NAME);
                    assertThat(e.status()).isEqualTo("COMPLETED");
                    assertThat(e.written()).isZero();
                    assertThat(e.ended()).isNotNull();
                });
    }

    @Test
    void closeBallotsRestartedAfterAFailureInTheMiddleClosesTheRestOnce() throws Exception {
        assertThat(run(CloseBallotsJob.NAME).getBatchStatus()).as("nothing else due").isEqualTo(BatchStatus.COMPLETED);
        Fixture f = fixture(2);
        BallotView earlier = remoteBallot(admittedMotion(f, "Earlier"), false, Instant.now().plusSeconds(3600));
        cast(f, 0, earlier.id(), Choice.FOR);
        CallerContext.as(SECRETARIAT, () -> ballots.close(earlier.id())); // a decision this year: the counter exists
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BallotView ballot = remoteBallot(admittedMotion(f, "In turn " + i), false, Instant.now().plusSeconds(3600));
            cast(f, 0, ballot.id(), i == 0 ? Choice.AGAINST : Choice.FOR);
            moveDeadline(ballot.id(), Instant.now().minusSeconds(180 - 60L * i));
            due.add(ballot.id());
        }
        // the fault: the decision counter set one back, so the first adopted motion's number is taken already
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertThat(update("UPDATE decision_counter SET last_sequence = last_sequence - 1 WHERE counter_year = ?", year)).isEqualTo(1);

        JobExecution failed = run(CloseBallotsJob.NAME);

        assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus()).startsWith("FAILED");
        assertThat(status(due.get(0))).as("closed before the fault").isEqualTo(BallotStatus.CLOSED);
        assertThat(status(due.get(1))).as("its closing rolled back whole").isEqualTo(BallotStatus.OPEN);
        assertThat(count("SELECT count(*) FROM decision WHERE ballot_id = ?", due.get(1))).isZero();
        assertThat(status(due.get(2))).isEqualTo(BallotStatus.OPEN);

        assertThat(update("UPDATE decision_counter SET last_sequence = last_sequence + 1 WHERE counter_year = ?", year)).isEqualTo(1);
        JobExecution restarted = awaitEnd(CallerContext.as(SECRETARIAT, () -> monitor.restart(failed.getExecutionId())));

        assertThat(restarted.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getExitStatus()).as("counted over the job instance: the failed execution's one, then two")
                .isEqualTo("CLOSED 3");
        for (long id : due) {
            assertThat(status(id)).isEqualTo(BallotStatus.CLOSED);
            assertThat(audited("ballot.closed", String.valueOf(id)))
                    .as("closed once").isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM decision WHERE ballot_id IN (?, ?)", due.get(1), due.get(2))).isEqualTo(2);
    }

    @Test
    void aScheduledTickStartsAJobOnceAcrossServersTickingTogether() throws Exception {
        List<Future<Boolean>> ticks = Fixtures.together(List.of(() -> schedule.tick(ScheduledJob.BALLOT_REMINDERS),
                () -> schedule.tick(ScheduledJob.BALLOT_REMINDERS), () -> schedule.tick(ScheduledJob.BALLOT_REMINDERS)), 3);
        int started = 0;
        for (Future<Boolean> tick : ticks) {
            started += tick.get() ? 1 : 0;
        }
        assertThat(started).as("one tick of the period starts the job").isEqualTo(1);
        assertThat(schedule.tick(ScheduledJob.BALLOT_REMINDERS)).as("a later tick in the same period").isFalse();
        assertThat(count("SELECT count(*) FROM shedlock WHERE name = ?", BallotRemindersJob.NAME)).isEqualTo(1);
    }

    // archive-meetings

    @Test
    void archiveMeetingsSealsEachMeetingOnceInAValidChainRestartsAfterAFailureAndForgetsSecretChoices() throws Exception {
        Fixture f = fixture(3);
        Meeting secret = heldMeeting(f, true);
        Meeting named = heldMeeting(f, false);
        Meeting third = heldMeeting(f, false);
        // each approval kept the minutes' document on record, its hash in the audit trail
        for (Meeting m : List.of(secret, named, third)) {
            assertThat(count("SELECT count(*) FROM minutes_document WHERE meeting_id = ?", m.id())).isEqualTo(1);
            assertThat(audited("minutes.documentKept", String.valueOf(m.id()))).isEqualTo(1);
        }
        byte[] namedDocument = keptDocument(named.id());
        assertThat(new String(namedDocument, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        // minutes approved before documents were kept have none: the archive renders theirs when it seals them
        forgetDocument(third.id());
        List<Long> waiting = CallerContext.as(SECRETARIAT, () -> archive.awaitingArchive());
        assertThat(waiting).contains(secret.id(), named.id(), third.id());
        List<String> receiptsBefore = CallerContext.as(f.delegateOf(0), () -> ballots.receipts(secret.ballotId()));
        BallotView secretBefore = CallerContext.as(SECRETARIAT, () -> ballots.get(secret.ballotId()));

        // a fault in the middle: the place of the named meeting's package is taken by a directory
        long head = count("SELECT last_sequence FROM archive_head WHERE id = ?", 1L);
        long namedSequence = head + waiting.indexOf(named.id()) + 1;
        Path directory = Settings.archiveDirectory();
        Path obstacle = directory.resolve(String.format("%06d-meeting-%d.zip", namedSequence, named.id()));
        Files.createDirectories(obstacle.resolve("in-the-way"));
        long packagesBefore = count("SELECT count(*) FROM archive_package");

        JobExecution failed = run(ArchiveMeetingsJob.NAME);

        assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus()).startsWith("FAILED");
        assertThat(sealed(secret.id())).as("sealed before the fault").isTrue();
        assertThat(sealed(named.id())).isFalse();
        assertThat(sealed(third.id())).isFalse();
        assertThat(CallerContext.as(SECRETARIAT, () -> monitor.executions(20)))
                .filteredOn(e -> e.executionId() == failed.getExecutionId()).singleElement()
                .satisfies(e -> {
                    assertThat(e.restartable()).isTrue();
                    assertThat(e.exitStatus()).contains("FAILED");
                });

        Files.delete(obstacle.resolve("in-the-way"));
        Files.delete(obstacle);
        long restartedId = CallerContext.as(SECRETARIAT, () -> monitor.restart(failed.getExecutionId()));
        JobExecution restarted = awaitEnd(restartedId);

        assertThat(restarted.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        // ten meetings per chunk: those sealed in the failed chunk before the fault count too
        assertThat(restarted.getExitStatus()).as("counted over the job instance")
                .isEqualTo("ARCHIVED " + (count("SELECT count(*) FROM archive_package") - packagesBefore));
        for (Meeting m : List.of(secret, named, third)) {
            assertThat(count("SELECT count(*) FROM archive_package WHERE meeting_id = ?", m.id())).as("sealed once").isEqualTo(1);
            assertThat(audited("meeting.archived", String.valueOf(m.id()))).isEqualTo(1);
        }
        assertThat(ArchiveVerifier.verifyChain(directory).ok()).isTrue();
        ArchiveCheck check = CallerContext.as(SECRETARIAT, () -> archive.verifyChain());
        assertThat(check.ok()).as(check.description()).isTrue();
        assertThat(check.packagesChecked()).isEqualTo((int) count("SELECT count(*) FROM archive_package"));

        // the package holds the minutes, the records and the roll call of the named ballot
        ArchivedPackageView namedPackage = CallerContext.as(SECRETARIAT, () -> archive.packages()).stream()
                .filter(p -> p.meetingId() == named.id()).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(directory.resolve(namedPackage.fileName()).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).contains("manifest.json", "minutes.pdf",
                    "records/meeting.json", "records/minutes.json", "records/motions.json", "records/ballots.json",
                    "records/decisions.json", "rollcalls/ballot-" + named.ballotId() + ".csv");
            assertThat(new String(read(zip, "rollcalls/ballot-" + named.ballotId() + ".csv"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(f.members().get(0).acronym().value()).contains("AGAINST").contains("FOR");
            assertThat(read(zip, "minutes.pdf")).as("the document kept at approval, byte for byte").isEqualTo(namedDocument);
            String decisionsJson = new String(read(zip, "records/decisions.json"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(decisionsJson).as("the decision with its text as adopted")
                    .contains(CallerContext.as(SECRETARIAT, () -> ballots.get(named.ballotId())).decisionNumber())
                    .contains("The coalition resolves: Archive ");
            assertThat(new String(read(zip, "records/motions.json"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("The coalition resolves: Archive ");
        }

        // the secret ballot: choices and seal gone, tally and receipts kept
        assertThat(count("SELECT count(*) FROM ballot_vote WHERE ballot_id = ? AND choice IS NOT NULL", secret.ballotId())).isZero();
        assertThat(count("SELECT count(*) FROM ballot_vote WHERE ballot_id = ?", secret.ballotId())).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM ballot_seal WHERE ballot_id = ?", secret.ballotId())).isZero();
        assertThat(audited("meeting.secretChoicesDestroyed", String.valueOf(secret.id()))).isEqualTo(1);
        BallotView secretAfter = CallerContext.as(SECRETARIAT, () -> ballots.get(secret.ballotId()));
        assertThat(secretAfter.result()).isEqualTo(secretBefore.result());
        assertThat(CallerContext.as(f.delegateOf(0), () -> ballots.receipts(secret.ballotId())))
                .containsExactlyInAnyOrderElementsOf(receiptsBefore);
        assertThatThrownBy(() -> CallerContext.as(SECRETARIAT, () -> ballots.recount(secret.ballotId())))
                .isInstanceOf(ConflictException.class);
        assertThat(count("SELECT count(*) FROM ballot_vote WHERE ballot_id = ? AND choice IS NOT NULL", named.ballotId()))
                .as("a named ballot keeps its roll call").isEqualTo(3);

        ArchivedPackageView thirdPackage = CallerContext.as(SECRETARIAT, () -> archive.packages()).stream()
                .filter(p -> p.meetingId() == third.id()).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(directory.resolve(thirdPackage.fileName()).toFile())) {
            assertThat(new String(read(zip, "minutes.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("rendered when sealed").startsWith("%PDF");
        }

        // a repeated run seals nothing more
        JobExecution again = run(ArchiveMeetingsJob.NAME);
        assertThat(again.getExitStatus()).as("nothing to seal").isEqualTo("COMPLETED");
        assertThat(count("SELECT count(*) FROM archive_package WHERE meeting_id = ?", third.id())).isEqualTo(1);
    }

    @Test
    void twoArchiveRunsAtOnceSealEachMeetingOnceWithoutForkingTheChainAndClearWhatAKilledServerLeft() throws Exception {
        Fixture f = fixture(2);
        List<Meeting> held = List.of(heldMeeting(f, true), heldMeeting(f, false), heldMeeting(f, true));
        // what a server killed between writing a package and committing its record leaves behind
        long head = count("SELECT last_sequence FROM archive_head WHERE id = ?", 1L);
        Path orphan = Settings.archiveDirectory().resolve(String.format("%06d-meeting-%d.zip", head + 1, 999_999));
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, new byte[] {'P', 'K', 0, 0});

        List<Future<JobExecution>> runs = Fixtures.together(List.of(() -> run(ArchiveMeetingsJob.NAME), () -> run(ArchiveMeetingsJob.NAME)), 3);

        for (Future<JobExecution> run : runs) {
            assertThat(run.get().getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        for (Meeting m : held) {
            assertThat(count("SELECT count(*) FROM archive_package WHERE meeting_id = ?", m.id())).isEqualTo(1);
        }
        assertThat(count("SELECT count(DISTINCT sequence) FROM archive_package")).isEqualTo(count("SELECT count(*) FROM archive_package"));
        assertThat(count("SELECT max(sequence) FROM archive_package")).isEqualTo(count("SELECT count(*) FROM archive_package"));
        assertThat(orphan).as("the uncommitted package was removed").doesNotExist();
        assertThat(CallerContext.as(SECRETARIAT, () -> archive.verifyChain()).ok()).isTrue();
    }

    @Test
    void verifyNamesTheFileInWhichOneByteWasFlipped() throws Exception {
        Fixture f = fixture(2);
        Meeting held = heldMeeting(f, false);
        assertThat(run(ArchiveMeetingsJob.NAME).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path file = Settings.archiveDirectory().resolve(CallerContext.as(SECRETARIAT, () -> archive.packages()).stream()
                .filter(p -> p.meetingId() == held.id()).findFirst().orElseThrow().fileName());
        byte[] original = Files.readAllBytes(file);
        try {
            flipOneByte(file, "records/motions.json");

            ArchiveCheck one = CallerContext.as(SECRETARIAT, () -> archive.verifyPackage(held.id()));
            ArchiveCheck chain = CallerContext.as(SECRETARIAT, () -> archive.verifyChain());

            for (ArchiveCheck check : List.of(one, chain)) {
                assertThat(check.ok()).isFalse();
                assertThat(check.problem()).isEqualTo("HASH_MISMATCH");
                assertThat(check.packageFile()).isEqualTo(file.getFileName().toString());
                assertThat(check.entry()).isEqualTo("records/motions.json");
            }
        } finally {
            Files.write(file, original);
        }
        assertThat(CallerContext.as(SECRETARIAT, () -> archive.verifyPackage(held.id())).ok()).isTrue();
    }

    // ballot-reminders

    @Test
    void remindersMailEachDelegateOfANetworkThatHasNotVotedOnceInTheirLanguage() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("governance.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Fixture f = fixture(3);
            Map<Integer, String> addresses = new LinkedHashMap<>();
            String[] languages = {"EN", "FR", "ES"};
            for (int i = 0; i < 3; i++) {
                String address = "delegate" + i + "." + Fixtures.letters(6).toLowerCase() + "@icsse.test";
                int index = i;
                CallerContext.asSystem(() -> accounts.open(new AccountForm("rem" + Fixtures.letters(8).toLowerCase(),
                        "a long passphrase for " + index, "Delegate " + index, address, languages[index], "Africa/Dakar",
                        List.of("DELEGATE"), f.network(index))));
                addresses.put(i, address);
            }
            BallotView soon = remoteBallot(admittedMotion(f, "Closing soon"), true, Instant.now().plusSeconds(3 * 3600));
            BallotView later = remoteBallot(admittedMotion(f, "Closing later"), false, Instant.now().plusSeconds(72 * 3600));
            cast(f, 0, soon.id(), Choice.FOR);

            List<Future<JobExecution>> runs = Fixtures.together(List.of(() -> run(BallotRemindersJob.NAME), () -> run(BallotRemindersJob.NAME)), 3);
            for (Future<JobExecution> run : runs) {
                assertThat(run.get().getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            }
            JobExecution again = run(BallotRemindersJob.NAME);
            assertThat(again.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String to = message.getAllRecipients()[0].toString();
                if (addresses.containsValue(to)) {
                    mine.add(message);
                }
            }
            assertThat(mine).extracting(m -> m.getAllRecipients()[0].toString())
                    .as("one mail to each delegate of a network that has not voted, none twice")
                    .containsExactlyInAnyOrder(addresses.get(1), addresses.get(2));
            MimeMessage french = mine.stream().filter(m -> addresses.get(1).equals(address(m))).findFirst().orElseThrow();
            assertThat(french.getSubject()).startsWith("Rappel").contains(f.members().get(1).acronym().value());
            assertThat(String.valueOf(french.getContent())).contains("Closing soon").contains("Africa/Dakar");
            MimeMessage spanish = mine.stream().filter(m -> addresses.get(2).equals(address(m))).findFirst().orElseThrow();
            assertThat(spanish.getSubject()).startsWith("Recordatorio");
            assertThat(count("SELECT count(*) FROM ballot_reminder WHERE ballot_id = ?", soon.id())).isEqualTo(2);
            assertThat(count("SELECT count(*) FROM ballot_reminder WHERE ballot_id = ?", later.id()))
                    .as("not within the lead time").isZero();
        } finally {
            smtp.stop();
        }
    }

    @Test
    void remindersRestartedAfterTheMailServerFailedInTheMiddleMailTheRestOnce() throws Exception {
        Fixture f = fixture(4);
        Map<Integer, String> addresses = new LinkedHashMap<>();
        for (int i = 2; i < 4; i++) { // network 1 has no delegate with an account: reminded without a mail
            String address = "fault" + i + "." + Fixtures.letters(6).toLowerCase() + "@icsse.test";
            int index = i;
            CallerContext.asSystem(() -> accounts.open(new AccountForm("flt" + Fixtures.letters(8).toLowerCase(),
                    "a long passphrase for " + index, "Delegate " + index, address, "EN", "America/Lima",
                    List.of("DELEGATE"), f.network(index))));
            addresses.put(i, address);
        }
        BallotView ballot = remoteBallot(admittedMotion(f, "Mid-run fault"), false, Instant.now().plusSeconds(3600));
        moveDeadline(ballot.id(), Instant.now().plusSeconds(360)); // before any other ballot's deadline: read first
        cast(f, 0, ballot.id(), Choice.FOR);

        JobExecution failed = run(BallotRemindersJob.NAME); // no mail server listening

        assertThat(failed.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus()).startsWith("FAILED").contains("MailException");
        assertThat(count("SELECT count(*) FROM ballot_reminder WHERE ballot_id = ? AND network_id = ?", ballot.id(), f.network(1)))
                .as("reminded before the fault").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ballot_reminder WHERE ballot_id = ?", ballot.id())).isEqualTo(1);

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("governance.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            JobExecution restarted = awaitEnd(CallerContext.as(SECRETARIAT, () -> monitor.restart(failed.getExecutionId())));
            assertThat(restarted.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run(BallotRemindersJob.NAME).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);

            List<String> mine = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (addresses.containsValue(address(message))) {
                    mine.add(address(message));
                }
            }
            assertThat(mine).containsExactlyInAnyOrderElementsOf(addresses.values());
            assertThat(count("SELECT count(*) FROM ballot_reminder WHERE ballot_id = ?", ballot.id())).isEqualTo(3);
        } finally {
            smtp.stop();
        }
    }

    // helpers

    private BallotStatus status(long ballotId) {
        return CallerContext.as(SECRETARIAT, () -> ballots.get(ballotId)).status();
    }

    private static int update(String sql, Object... parameters) throws Exception {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean sealed(long meetingId) throws Exception {
        return count("SELECT count(*) FROM archive_package WHERE meeting_id = ?", meetingId) == 1;
    }

    private static int closedCount(JobExecution execution) {
        String exit = execution.getExitStatus();
        if (exit.equals("COMPLETED")) {
            return 0; // nothing was left to close when this run read the due ballots
        }
        assertThat(exit).matches("CLOSED \\d+");
        return Integer.parseInt(exit.substring("CLOSED ".length()));
    }

    private static JobExecution run(String job) throws InterruptedException {
        return awaitEnd(BatchRuntime.getJobOperator().start(job, new java.util.Properties()));
    }

    private static JobExecution awaitEnd(long executionId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
            BatchStatus status = execution.getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return execution;
            }
            assertThat(System.nanoTime()).as("job " + executionId + " ends in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private void moveDeadline(long ballotId, Instant deadline) throws Exception {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("UPDATE ballot SET closes_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(deadline));
            s.setLong(2, ballotId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** How many sealed audit entries record the action on the subject (what is waiting to be sealed is sealed first). */
    private long audited(String action, String subjectId) throws Exception {
        auditSealing.sealAll();
        return count("SELECT count(*) FROM audit_entry WHERE action = ? AND subject_id = ?", action, subjectId);
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The document kept when the meeting's minutes were approved, checked against the SHA-256 kept with it. */
    private static byte[] keptDocument(long meetingId) throws Exception {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT pdf, sha256 FROM minutes_document WHERE meeting_id = ?")) {
            s.setLong(1, meetingId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                byte[] pdf = rs.getBytes(1);
                assertThat(rs.getString(2).trim()).isEqualTo(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
                return pdf;
            }
        }
    }

    /**
     * Removes the kept document of a meeting's minutes, as for minutes approved before documents were kept. PostgreSQL
     * refuses to (checked here): its trigger is set aside for the deletion, as only the owner of the table can.
     */
    private static void forgetDocument(long meetingId) throws Exception {
        String delete = "DELETE FROM minutes_document WHERE meeting_id = " + meetingId;
        try (Connection c = connection(); java.sql.Statement s = c.createStatement()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                assertThat(s.executeUpdate(delete)).isEqualTo(1);
                return;
            }
            assertThatThrownBy(() -> s.executeUpdate(delete)).hasMessageContaining("kept as approved");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE minutes_document SET sha256 = sha256 WHERE meeting_id = " + meetingId))
                    .hasMessageContaining("kept as approved");
            s.execute("ALTER TABLE minutes_document DISABLE TRIGGER minutes_document_unchangeable");
            try {
                assertThat(s.executeUpdate(delete)).isEqualTo(1);
            } finally {
                s.execute("ALTER TABLE minutes_document ENABLE TRIGGER minutes_document_unchangeable");
            }
        }
    }

    private static Connection connection() throws NamingException, SQLException {
        return ((DataSource) new InitialContext().lookup("java:app/jdbc/governance")).getConnection();
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /** Rewrites the package with one byte of one entry changed, the manifest untouched. */
    private static void flipOneByte(Path file, String entryName) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content = read(zip, entry.getName());
                if (entry.getName().equals(entryName)) {
                    content[content.length / 2] ^= 0x01;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, rewritten.toByteArray());
    }
}
