package org.icsse.governance.application.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.application.text.Markup;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.meeting.AgendaItem;
import org.icsse.governance.domain.meeting.ApprovalDecision;
import org.icsse.governance.domain.meeting.Meeting;
import org.icsse.governance.domain.meeting.Meetings;
import org.icsse.governance.domain.meeting.Minutes;
import org.icsse.governance.domain.meeting.MinutesDocument;
import org.icsse.governance.domain.meeting.MinutesStatus;
import org.icsse.governance.domain.motion.Motion;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.motion.Proposal;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;

/**
 * The minutes of meetings. The secretariat drafts them once the meeting has sat (attendance filled in from
 * the meeting), writes one section per agenda item, circulates them to the body's delegates, and approves
 * them after a comment period without objection, or records the approving decision of a later meeting.
 * Delegates of the body comment while they circulate. Every member reads them.
 */
@ApplicationScoped
@Transactional
public class MinutesService {

    private static final Set<Role> STAFF = Set.of(Role.SECRETARIAT, Role.ADMIN);
    private static final Set<Role> DRAFT_READERS = Set.of(Role.SECRETARIAT, Role.ADMIN, Role.CHAIR);

    @Inject
    Meetings meetings;

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    @Inject
    Motions motions;

    @Inject
    UserAccounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** The secretariat starts the minutes of a meeting that has sat. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView draft(long meetingId) {
        Meeting meeting = meetings.getById(meetingId);
        Minutes minutes = Minutes.draftFor(meeting);
        meetings.addMinutes(minutes);
        audit.record("minutes.drafted", "minutes", meetingId, null, minutes.snapshot());
        return view(minutes, callers.current());
    }

    /**
     * The secretariat writes a section (HTML from the editor, sanitised here) while the minutes are a draft. Control
     * characters are refused before sanitising, as in every other text, rather than silently dropped by the sanitiser.
     */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView writeSection(long meetingId, long itemId, String html) {
        if (html != null && html.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidValueException("text", "value.controlCharacters");
        }
        return change(meetingId, "minutes.written", (minutes, caller) -> minutes.writeSection(itemId, Markup.sanitizeHtml(html)));
    }

    /** Fills the attendance list in again from the meeting (after late check-ins), while a draft. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView refreshAttendance(long meetingId) {
        return change(meetingId, "minutes.written",
                (minutes, caller) -> minutes.recordAttendance(meetings.getById(meetingId).attendanceList()));
    }

    /** The delegates of the body are sent the minutes; the comment period starts. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView circulate(long meetingId) {
        return change(meetingId, "minutes.circulated", (minutes, caller) -> minutes.circulate(clock.instant()));
    }

    /** Circulated minutes come back to the secretariat for a correction. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView returnToDraft(long meetingId) {
        return change(meetingId, "minutes.returnedToDraft", (minutes, caller) -> minutes.returnToDraft());
    }

    /** A delegate of a network of the body comments on circulated minutes, objecting or not. */
    @RequiresRole(Role.DELEGATE)
    public MinutesView comment(long meetingId, String text, boolean objection) {
        return change(meetingId, "minutes.commented", (minutes, caller) -> {
            long networkId = caller.delegateOf().orElseThrow(() -> new AccessDeniedException("access.denied"));
            if (!memberOf(bodies.getById(minutes.bodyId()), networkId)) {
                throw new AccessDeniedException("access.otherNetwork");
            }
            minutes.comment(networkId, text, objection, clock.instant());
        });
    }

    /** The secretariat approves minutes circulated for the full comment period without objection. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView approveBySecretariat(long meetingId) {
        return keepDocument(change(meetingId, "minutes.approved", (minutes, caller) -> minutes.approveBySecretariat(clock.instant())));
    }

    /**
     * Records that a later meeting of the same body approved the minutes by its decision ({@code reference},
     * e.g. the decision's number). Called by the secretariat, or by the ballots once such a decision is taken.
     */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MinutesView approveByDecision(long meetingId, long decidingMeetingId, String reference) {
        return keepDocument(change(meetingId, "minutes.approved", (minutes, caller) -> minutes.approveByDecision(
                ApprovalDecision.of(meetings.getById(decidingMeetingId), reference), clock.instant())));
    }

    /**
     * In the transaction that approved the minutes, renders them once as the document on record (a PDF in English)
     * and keeps it, its SHA-256 in the audit trail: the archive seals that document, and the cost of rendering it
     * falls on the approval, once, rather than on the archive job.
     */
    private MinutesView keepDocument(MinutesView approved) {
        MinutesDocument document = MinutesDocument.approved(meetings.getMinutes(approved.meetingId()),
                MinutesPdf.onRecord(approved), clock.instant());
        meetings.addMinutesDocument(document);
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("sha256", document.sha256());
        kept.put("renderedAt", document.renderedAt().toString());
        audit.record("minutes.documentKept", "minutes", approved.meetingId(), null, kept);
        return approved;
    }

    /**
     * The minutes of a meeting, for every signed-in member once circulated; a draft is the secretariat's
     * work in progress, seen by the secretariat and the chair only (to anyone else it does not exist yet).
     */
    @RequiresRole
    public MinutesView get(long meetingId) {
        return find(meetingId).orElseThrow(() -> new NotFoundException("minutes", meetingId));
    }

    /** The minutes of a meeting, if there are minutes the caller may read (see {@link #get}). */
    @RequiresRole
    public Optional<MinutesView> find(long meetingId) {
        Caller caller = callers.current();
        return meetings.findMinutes(meetingId)
                .filter(m -> m.status() != MinutesStatus.DRAFT || caller.hasAnyRole(DRAFT_READERS))
                .map(m -> view(m, caller));
    }

    private MinutesView change(long meetingId, String action, BiConsumer<Minutes, Caller> act) {
        Caller caller = callers.current();
        Minutes minutes = meetings.getMinutesForChange(meetingId);
        Map<String, Object> before = minutes.snapshot();
        act.accept(minutes, caller);
        meetings.flush();
        audit.record(action, "minutes", meetingId, before, minutes.snapshot());
        return view(minutes, caller);
    }

    private static boolean memberOf(Body body, long networkId) {
        return body.members().stream().anyMatch(n -> n.id() == networkId);
    }

    private MinutesView view(Minutes minutes, Caller caller) {
        Meeting meeting = meetings.getById(minutes.meetingId());
        Body body = bodies.getById(minutes.bodyId());
        Set<Long> named = new HashSet<>();
        minutes.attendance().forEach(line -> {
            named.add(line.networkId());
            if (line.isByProxy()) {
                named.add(line.proxyHolderNetworkId());
            }
        });
        minutes.comments().forEach(c -> named.add(c.networkId()));
        Map<Long, MemberNetwork> byId = networks.getAllById(named).stream()
                .collect(Collectors.toMap(MemberNetwork::id, Function.identity()));
        Function<Long, NetworkRef> ref = id -> NetworkRef.of(byId.get(id));

        List<MinutesView.Section> sections = minutes.sections().stream()
                .map(s -> new MinutesView.Section(s.itemId(), heading(meeting, s.itemId()), s.text() == null ? "" : s.text()))
                .toList();
        Map<Long, List<String>> delegates = accounts.delegateNamesOf(
                minutes.attendance().stream().map(line -> line.networkId()).toList());
        List<MinutesView.Attendance> attendance = minutes.attendance().stream()
                .map(line -> new MinutesView.Attendance(ref.apply(line.networkId()),
                        line.isByProxy() ? ref.apply(line.proxyHolderNetworkId()) : null,
                        delegates.getOrDefault(line.networkId(), List.of()).stream().sorted().toList()))
                .sorted((a, b) -> a.network().acronym().compareTo(b.network().acronym()))
                .toList();
        List<MinutesView.Comment> comments = minutes.comments().stream()
                .map(c -> new MinutesView.Comment(ref.apply(c.networkId()), c.text(), c.isObjection(), c.when()))
                .toList();
        List<MinutesView.BallotResult> results = minutes.results().stream()
                .map(r -> new MinutesView.BallotResult(r.ballotId(), r.itemId().orElse(null), r.motionNumber(), r.title(),
                        r.outcome(), r.isSecret(), r.tally(), r.decisionNumber().orElse(null), r.closedAt()))
                .toList();
        boolean staff = caller.hasAnyRole(STAFF);
        MinutesStatus status = minutes.status();
        boolean delegateOfBody = caller.delegateOf().map(n -> memberOf(body, n)).orElse(false);
        MinutesView.Actions actions = new MinutesView.Actions(
                staff && status == MinutesStatus.DRAFT,
                staff && status == MinutesStatus.DRAFT,
                staff && status == MinutesStatus.CIRCULATED,
                delegateOfBody && status == MinutesStatus.CIRCULATED,
                staff && status == MinutesStatus.CIRCULATED && minutes.objections().isEmpty()
                        && !clock.instant().isBefore(minutes.commentPeriodEnd()));
        return new MinutesView(meeting.id(), meeting.title(), body.code().value(), body.name(), meeting.start(),
                meeting.end(), meeting.timeZone().getId(), meeting.place().venue(), meeting.place().onlineLink(), status, sections, attendance, comments, results, minutes.circulatedAt(),
                minutes.commentPeriodEnd(), minutes.approvedBy(), minutes.approvedAt(), minutes.decisionReference(),
                actions);
    }

    /** The heading of an agenda item's section: the motion's number and title, or the free item's title. */
    private String heading(Meeting meeting, long itemId) {
        AgendaItem item = meeting.agenda().stream().filter(i -> i.id() == itemId).findFirst().orElse(null);
        if (item == null) {
            return "";
        }
        if (!item.isMotion()) {
            return item.title();
        }
        Proposal proposal = motions.getById(item.motionId());
        return (proposal.number() == null ? "" : proposal.number() + " ") + ((Motion) proposal).title();
    }
}
