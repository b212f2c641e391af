package org.icsse.governance.application.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.ballot.RollCallLine;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesPdf;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.archive.Archive;
import org.icsse.governance.domain.archive.ArchivedMeeting;
import org.icsse.governance.domain.archive.ChainHead;
import org.icsse.governance.domain.ballot.Ballots;
import org.icsse.governance.domain.decision.Decision;
import org.icsse.governance.domain.decision.Decisions;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.meeting.Meetings;
import org.icsse.governance.domain.meeting.Minutes;
import org.icsse.governance.domain.meeting.MinutesDocument;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.infrastructure.config.Settings;

/**
 * Seals closed meetings with approved minutes into archive packages, one zip per meeting in the archive folder
 * ({@code GOVERNANCE_ARCHIVE_DIR}), each chained to the one before, and checks them.
 * <p>
 * A package holds the minutes as PDF (in English, the coalition's language of record), every record of the
 * meeting as JSON (the meeting with its agenda, attendance and proxies; the minutes; the motions on the agenda with
 * all their versions and amendments; the ballots with their results and receipts; the decisions), the roll call of
 * each named ballot as CSV, and the manifest. Sealing a meeting also destroys, in the database, the link between
 * networks and choices of its secret ballots: only the tally and the receipts remain.
 * <p>
 * Sealing takes the end of the chain under a lock, so two servers archiving at once take turns and the chain never
 * forks. The package file is moved into place before the transaction commits; if the transaction then rolls back
 * the file is deleted, and a file left by a server killed in between is removed by the next sealing (a package
 * beyond the end of the chain recorded in the database was never committed).
 */
@ApplicationScoped
@Transactional
public class ArchiveService {

    private static final Logger LOG = Logger.getLogger(ArchiveService.class.getName());

    @Inject
    Archive archive;

    @Inject
    Meetings meetings;

    @Inject
    Ballots ballots;

    @Inject
    Decisions decisions;

    @Inject
    MeetingService meetingService;

    @Inject
    MinutesService minutesService;

    @Inject
    MotionService motionService;

    @Inject
    BallotService ballotService;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The meetings the archive job has still to seal, in the order it seals them. */
    @RequiresRole(Role.SECRETARIAT)
    public List<Long> awaitingArchive() {
        return archive.meetingsAwaitingArchive();
    }

    /**
     * Seals a meeting into the next package of the chain; nothing when it is sealed already (the job's writer may
     * run twice for one meeting).
     *
     * @return the package, or empty when the meeting was archived before
     * @throws ConflictException ({@code archive.notClosed}) unless the meeting is closed and its minutes approved
     */
    @RequiresRole(Role.SECRETARIAT)
    public Optional<ArchivedPackageView> archive(long meetingId) {
        ChainHead head = archive.lockHead();
        if (archive.findByMeeting(meetingId).isPresent()) {
            return Optional.empty();
        }
        MeetingView meeting = meetingService.get(meetingId);
        Optional<Minutes> minutes = meetings.findMinutes(meetingId);
        if (meeting.status() != MeetingStatus.CLOSED || minutes.isEmpty() || !minutes.get().isApproved()) {
            throw new ConflictException("meeting", "archive.notClosed");
        }
        Instant now = clock.instant();
        Path directory = Settings.archiveDirectory();
        removeUncommittedPackages(directory, head.nextSequence());
        List<ArchiveFile> files = contents(meeting);
        ChainLink previous = head.empty() ? ChainLink.FIRST : new ChainLink(head.lastPackage(), head.lastManifestSha256());
        ArchivePackages.SealedPackage sealed;
        try {
            sealed = ArchivePackages.write(directory, head.nextSequence(), meetingId, meeting.title(), now, files, previous);
        } catch (IOException e) {
            throw new UncheckedIOException("The archive package of meeting " + meetingId + " could not be written to "
                    + directory, e);
        }
        deleteOnRollback(sealed.file());

        int secretBallots = ballots.forgetSecretChoices(meetingId);
        ArchivedMeeting record = new ArchivedMeeting(meetingId, head.nextSequence(), sealed.file().getFileName().toString(),
                sealed.manifestSha256(), previous.previousManifestSha256(), sealed.sizeBytes(), files.size() + 1,
                secretBallots, now, callers.current().name());
        archive.append(record);
        audit.record("meeting.archived", "meeting", meetingId, null, record.snapshot());
        if (secretBallots > 0) {
            Map<String, Object> destroyed = new LinkedHashMap<>();
            destroyed.put("secretBallots", secretBallots);
            destroyed.put("kept", "tally and receipts");
            audit.record("meeting.secretChoicesDestroyed", "meeting", meetingId, null, destroyed);
        }
        return Optional.of(ArchivedPackageView.of(record, meeting.title()));
    }

    /** Every package sealed, in chain order. */
    @RequiresRole(Role.SECRETARIAT)
    public List<ArchivedPackageView> packages() {
        return archive.all().stream().map(sealed -> ArchivedPackageView.of(sealed,
                meetings.findById(sealed.meetingId()).map(m -> m.title()).orElse(null))).toList();
    }

    /** Checks the whole chain on disk, then that it is the chain the database recorded, package by package. */
    @RequiresRole(Role.SECRETARIAT)
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArchiveCheck verifyChain() {
        Path directory = Settings.archiveDirectory();
        List<ArchivedMeeting> recorded = archive.all();
        Verification verification = ArchiveVerifier.verifyChain(directory);
        if (recorded.isEmpty() && verification.firstProblem().map(p -> p.kind() == ProblemKind.NO_PACKAGES).orElse(false)) {
            return ArchiveCheck.empty();
        }
        if (!verification.ok()) {
            return ArchiveCheck.of(verification);
        }
        for (ArchivedMeeting sealed : recorded) {
            Optional<ArchiveCheck> mismatch = againstRecord(directory, sealed);
            if (mismatch.isPresent()) {
                return mismatch.get();
            }
        }
        if (verification.packagesChecked() != recorded.size()) {
            return ArchiveCheck.problem("NOT_RECORDED", "", null, recorded.size() + " packages recorded",
                    verification.packagesChecked() + " packages in " + directory);
        }
        return ArchiveCheck.of(verification);
    }

    /** Checks the package of one meeting: its files against its manifest, and its manifest against the database. */
    @RequiresRole(Role.SECRETARIAT)
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArchiveCheck verifyPackage(long meetingId) {
        ArchivedMeeting sealed = archive.findByMeeting(meetingId)
                .orElseThrow(() -> new org.icsse.governance.domain.shared.NotFoundException("archive package", meetingId));
        Path directory = Settings.archiveDirectory();
        Verification verification = ArchiveVerifier.verifyPackage(directory.resolve(sealed.fileName()));
        if (!verification.ok()) {
            return ArchiveCheck.of(verification);
        }
        return againstRecord(directory, sealed).orElse(ArchiveCheck.of(verification));
    }

    /** The package's manifest is the one whose SHA-256 the database recorded when it was sealed. */
    private static Optional<ArchiveCheck> againstRecord(Path directory, ArchivedMeeting sealed) {
        Path file = directory.resolve(sealed.fileName());
        String actual;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifest = zip.getEntry(ArchiveFile.MANIFEST_NAME);
            if (manifest == null) {
                return Optional.of(ArchiveCheck.problem("MISSING_MANIFEST", sealed.fileName(), ArchiveFile.MANIFEST_NAME, null, null));
            }
            try (InputStream in = zip.getInputStream(manifest)) {
                actual = sha256(in.readAllBytes());
            }
        } catch (IOException e) {
            return Optional.of(ArchiveCheck.problem("UNREADABLE_PACKAGE", sealed.fileName(), null, null, e.getMessage()));
        }
        if (!actual.equals(sealed.manifestSha256())) {
            return Optional.of(ArchiveCheck.problem("NOT_RECORDED", sealed.fileName(), ArchiveFile.MANIFEST_NAME,
                    sealed.manifestSha256(), actual));
        }
        return Optional.empty();
    }

    /** What goes into a meeting's package besides the manifest. */
    private List<ArchiveFile> contents(MeetingView meeting) {
        long meetingId = meeting.id();
        MinutesView minutes = minutesService.get(meetingId);
        List<BallotView> ballotViews = ballotService.ofMeeting(meetingId);
        Set<Long> motionIds = new LinkedHashSet<>();
        meeting.agenda().stream().filter(item -> item.motionId() != null).forEach(item -> motionIds.add(item.motionId()));
        ballotViews.forEach(b -> motionIds.add(b.motionId()));
        List<MotionView> motions = new ArrayList<>();
        for (long motionId : motionIds) {
            MotionView motion = motionService.get(motionId, Language.EN);
            motions.add(motion);
        }
        List<Map<String, Object>> ballotRecords = new ArrayList<>();
        List<Decision> decisionRecords = new ArrayList<>();
        List<ArchiveFile> rollCalls = new ArrayList<>();
        for (BallotView ballot : ballotViews) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("ballot", ballot);
            record.put("receipts", ballot.status() == org.icsse.governance.domain.ballot.BallotStatus.CLOSED
                    ? ballotService.receipts(ballot.id()) : List.of());
            ballotRecords.add(record);
            decisions.findByBallot(ballot.id()).ifPresent(decisionRecords::add);
            if (!ballot.secret() && ballot.status() == org.icsse.governance.domain.ballot.BallotStatus.CLOSED) {
                rollCalls.add(new ArchiveFile("rollcalls/ballot-" + ballot.id() + ".csv", rollCallCsv(ballotService.rollCall(ballot.id()))));
            }
        }
        List<Map<String, Object>> decisionMaps = decisionRecords.stream().map(ArchiveService::record).toList();

        List<ArchiveFile> files = new ArrayList<>();
        // the document kept when the minutes were approved; minutes approved before documents were kept: rendered now
        byte[] pdf = meetings.findMinutesDocument(meetingId).map(MinutesDocument::pdf).orElseGet(() -> MinutesPdf.onRecord(minutes));
        files.add(new ArchiveFile("minutes.pdf", pdf));
        try {
            Jsonb json = Records.JSON;
            files.add(new ArchiveFile("records/meeting.json", bytes(json.toJson(meeting))));
            files.add(new ArchiveFile("records/minutes.json", bytes(json.toJson(minutes))));
            files.add(new ArchiveFile("records/motions.json", bytes(json.toJson(motions))));
            files.add(new ArchiveFile("records/ballots.json", bytes(json.toJson(ballotRecords))));
            files.add(new ArchiveFile("records/decisions.json", bytes(json.toJson(decisionMaps))));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The records of meeting " + meetingId + " could not be written as JSON", e);
        }
        files.addAll(rollCalls);
        return files;
    }

    /**
     * The JSON-B of the records, made once: building one looks its provider up on the class path and then learns
     * every class it writes again, which cost as much as writing the records. A {@code Jsonb} is thread-safe.
     */
    private static final class Records {

        static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
    }

    /** A decision as the register publishes it: number, motion, the text as adopted, ballot, meeting, date. */
    private static Map<String, Object> record(Decision decision) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("number", decision.number().toString());
        entry.put("bodyId", decision.bodyId());
        entry.put("motionId", decision.motionId());
        entry.put("motionNumber", decision.motionNumber());
        entry.put("title", decision.title());
        entry.put("text", decision.text());
        entry.put("ballotId", decision.ballotId());
        entry.put("meetingId", decision.meetingId().orElse(null));
        entry.put("adoptedAt", decision.adoptedAt().toString());
        return entry;
    }

    private static byte[] rollCallCsv(List<RollCallLine> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("network_id", "acronym", "name", "weight", "choice").get())) {
            for (RollCallLine line : lines) {
                csv.printRecord(line.network().id(), line.network().acronym(), line.network().name(), line.weight(),
                        line.choice() == null ? "" : line.choice().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes(out.toString());
    }

    /** Package files at or beyond the next sequence were written by a sealing whose transaction never committed. */
    private static void removeUncommittedPackages(Path directory, long nextSequence) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> packages = Files.newDirectoryStream(directory, "*.zip")) {
            for (Path file : packages) {
                // The name first, and the disk only for a package at or beyond the next sequence: asking the disk
                // about every package of the chain made every sealing slower the longer the chain.
                String name = file.getFileName().toString();
                int dash = name.indexOf('-');
                if (dash > 0 && name.substring(0, dash).chars().allMatch(Character::isDigit)
                        && Long.parseLong(name.substring(0, dash)) >= nextSequence) {
                    if (!Files.isRegularFile(file)) {
                        continue; // not a package this application wrote: sealing over it fails, and says so
                    }
                    LOG.warning(() -> "Removing " + file + ": its sealing never committed");
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteOnRollback(Path file) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        LOG.warning(() -> "Could not remove " + file + " after its sealing rolled back: " + e.getMessage());
                    }
                }
            }
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
