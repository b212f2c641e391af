package org.icsse.governance.domain.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;

/**
 * The record of a meeting, one per meeting and under the meeting's id: one section per agenda item, the
 * attendance list, and the workflow of {@link MinutesStatus}.
 * <ul>
 * <li>The secretariat writes sections and records the attendance only while the minutes are a draft.</li>
 * <li>Circulated minutes take comments from the networks; an objection is a comment that says so. They may
 * go back to draft for a correction: comments stay on record, and circulating again starts a new comment
 * period, in which only new objections count.</li>
 * <li>Approval: by a decision of a later meeting of the same body (whatever the comments: the body has
 * decided), or by the secretariat once circulated for at least seven days (7 × 24 hours, exactly that
 * counts) without objection. Both need the minutes circulated.</li>
 * <li>Approved minutes never change again: every verb then refuses with {@code minutes.approved}.</li>
 * </ul>
 * Instants come from the caller: the domain reads no clock.
 */
@Entity
@Table(name = "minutes")
public class Minutes {

    public static final int SECTION_MAX = 100_000;
    public static final int COMMENT_MAX = 10_000;
    /** The least time between circulation and approval by the secretariat. */
    public static final Duration COMMENT_PERIOD = Duration.ofDays(7);

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "meeting_start", nullable = false, updatable = false)
    private Instant meetingStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MinutesStatus status = MinutesStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "minutes_section", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<MinutesSection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "minutes_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("networkId")
    private List<AttendanceLine> attendance = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "minutes_result", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("closedAt")
    private List<MinutesResult> results = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "minutes_comment", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<MinutesComment> comments = new ArrayList<>();

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "approved_by", length = 16)
    private MinutesApproval approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approving_meeting_id")
    private Long approvingMeetingId;

    @Column(name = "decision_reference", length = ApprovalDecision.REFERENCE_MAX)
    private String decisionReference;

    @Version
    private long version;

    protected Minutes() {
        // for JPA
    }

    private Minutes(Meeting meeting) {
        this.meetingId = Objects.requireNonNull(meeting.id(), "meeting id");
        this.bodyId = meeting.bodyId();
        this.meetingStart = meeting.start();
        meeting.agenda().forEach(item -> sections.add(new MinutesSection(item.id(), null)));
        attendance.addAll(meeting.attendanceList());
    }

    /**
     * The secretariat starts the minutes of a meeting that has sat: one empty section per agenda item, and the
     * attendance list as the meeting has it now.
     */
    public static Minutes draftFor(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        if (meeting.status() == MeetingStatus.PLANNED) {
            throw new ConflictException("status", "minutes.meetingNotHeld");
        }
        return new Minutes(meeting);
    }

    // drafting

    /** Writes (or with a blank text, empties) the section of an agenda item. */
    public void writeSection(long itemId, String text) {
        requireDraft();
        String checked = richText(text);
        int index = sectionIndex(itemId);
        sections.set(index, new MinutesSection(itemId, checked));
    }

    /**
     * Records the result of a ballot of the meeting, as generated when it closed. Whatever the status short of
     * approved: a result is what happened, not the secretariat's writing. Recording one ballot twice changes
     * nothing.
     */
    public void recordResult(MinutesResult result) {
        Objects.requireNonNull(result, "result");
        requireNotApproved();
        if (results.stream().noneMatch(r -> r.ballotId().equals(result.ballotId()))) {
            results.add(result);
        }
    }

    /** Replaces the attendance list, typically with the meeting's {@link Meeting#attendanceList()} once it is over. */
    public void recordAttendance(List<AttendanceLine> lines) {
        Objects.requireNonNull(lines, "lines");
        requireDraft();
        if (lines.stream().map(AttendanceLine::networkId).distinct().count() != lines.size()) {
            throw new InvalidValueException("attendance", "minutes.attendanceTwice");
        }
        attendance.clear();
        attendance.addAll(lines);
    }

    private static String richText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalised.length() > SECTION_MAX) {
            throw new InvalidValueException("text", "value.tooLong", SECTION_MAX);
        }
        if (normalised.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidValueException("text", "value.controlCharacters");
        }
        return normalised;
    }

    private int sectionIndex(long itemId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).itemId() == itemId) {
                return i;
            }
        }
        throw new NotFoundException("agendaItem", itemId);
    }

    // circulation

    /** The delegates of the body are sent the minutes; a comment period of {@link #COMMENT_PERIOD} starts. */
    public void circulate(Instant when) {
        Objects.requireNonNull(when, "when");
        requireNotApproved();
        status = status.transitionTo(MinutesStatus.CIRCULATED);
        circulatedAt = when;
    }

    /** Circulated minutes come back for a correction; the comments made so far stay on record. */
    public void returnToDraft() {
        requireNotApproved();
        status = status.transitionTo(MinutesStatus.DRAFT);
        circulatedAt = null;
    }

    /** A network comments on circulated minutes, possibly objecting to them. */
    public void comment(Long networkId, String text, boolean objection, Instant when) {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(when, "when");
        requireNotApproved();
        if (status != MinutesStatus.CIRCULATED) {
            throw new ConflictException("status", "minutes.notCirculated", status.name());
        }
        if (when.isBefore(circulatedAt)) {
            throw new InvalidValueException("when", "minutes.commentBeforeCirculation");
        }
        String checked = richText(text);
        if (checked == null) {
            throw new InvalidValueException("text", "value.required");
        }
        if (checked.length() > COMMENT_MAX) {
            throw new InvalidValueException("text", "value.tooLong", COMMENT_MAX);
        }
        comments.add(new MinutesComment(networkId, checked, objection, when));
    }

    // approval

    /** A later meeting of the same body approved the minutes by its decision. */
    public void approveByDecision(ApprovalDecision decision, Instant when) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(when, "when");
        requireNotApproved();
        MinutesStatus target = status.transitionTo(MinutesStatus.APPROVED);
        if (!decision.bodyId().equals(bodyId)) {
            throw new ConflictException("decision", "minutes.decisionOtherBody");
        }
        if (decision.meetingId().equals(meetingId)) {
            throw new ConflictException("decision", "minutes.decisionSameMeeting");
        }
        if (!decision.meetingStart().isAfter(meetingStart)) {
            throw new ConflictException("decision", "minutes.decisionNotLater");
        }
        approve(target, MinutesApproval.DECISION, when);
        approvingMeetingId = decision.meetingId();
        decisionReference = decision.reference();
    }

    /** The secretariat approves the minutes after a full comment period without objection. */
    public void approveBySecretariat(Instant when) {
        Objects.requireNonNull(when, "when");
        requireNotApproved();
        MinutesStatus target = status.transitionTo(MinutesStatus.APPROVED);
        Instant periodEnd = commentPeriodEnd();
        if (when.isBefore(periodEnd)) {
            throw new ConflictException("status", "minutes.commentPeriodOpen", periodEnd.toString());
        }
        long objections = objections().size();
        if (objections > 0) {
            throw new ConflictException("comments", "minutes.objected", objections);
        }
        approve(target, MinutesApproval.SECRETARIAT, when);
    }

    private void approve(MinutesStatus target, MinutesApproval by, Instant when) {
        status = target;
        approvedBy = by;
        approvedAt = when;
    }

    private void requireDraft() {
        requireNotApproved();
        if (status != MinutesStatus.DRAFT) {
            throw new ConflictException("status", "minutes.notDraft", status.name());
        }
    }

    private void requireNotApproved() {
        if (status == MinutesStatus.APPROVED) {
            throw new ConflictException("status", "minutes.approved");
        }
    }

    /** When the secretariat may approve circulated minutes at the earliest; {@code null} unless circulated. */
    public Instant commentPeriodEnd() {
        return circulatedAt == null ? null : circulatedAt.plus(COMMENT_PERIOD);
    }

    /** The objections made since the minutes were last circulated (none unless circulated). */
    public List<MinutesComment> objections() {
        if (circulatedAt == null) {
            return List.of();
        }
        return comments.stream().filter(c -> c.isObjection() && !c.when().isBefore(circulatedAt)).toList();
    }

    /** What the audit log records of the minutes (section lengths, not their texts). */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("meetingId", meetingId);
        s.put("bodyId", bodyId);
        s.put("status", status.name());
        s.put("sections", sections.stream()
                .map(x -> Map.of("itemId", x.itemId(), "length", x.isWritten() ? x.text().length() : 0)).toList());
        s.put("attendance", attendance.stream().map(a -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("networkId", a.networkId());
            line.put("proxyHolderNetworkId", a.proxyHolderNetworkId());
            return line;
        }).toList());
        s.put("results", results.stream().map(MinutesResult::ballotId).toList());
        s.put("comments", comments.size());
        s.put("objections", objections().size());
        s.put("circulatedAt", circulatedAt == null ? null : circulatedAt.toString());
        s.put("approvedBy", approvedBy == null ? null : approvedBy.name());
        s.put("approvedAt", approvedAt == null ? null : approvedAt.toString());
        s.put("approvingMeetingId", approvingMeetingId);
        s.put("decisionReference", decisionReference);
        return s;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Long bodyId() {
        return bodyId;
    }

    public MinutesStatus status() {
        return status;
    }

    public boolean isApproved() {
        return status == MinutesStatus.APPROVED;
    }

    /** One section per agenda item, in the agenda's order. */
    public List<MinutesSection> sections() {
        return List.copyOf(sections);
    }

    public MinutesSection section(long itemId) {
        return sections.get(sectionIndex(itemId));
    }

    public List<AttendanceLine> attendance() {
        return List.copyOf(attendance);
    }

    /** Every comment, in the order made, through every circulation. */
    /** The results of the meeting's ballots, in the order they closed. */
    public List<MinutesResult> results() {
        return List.copyOf(results);
    }

    public List<MinutesComment> comments() {
        return List.copyOf(comments);
    }

    /** When last circulated; {@code null} for a draft. */
    public Instant circulatedAt() {
        return circulatedAt;
    }

    /** How the minutes were approved; {@code null} until approved. */
    public MinutesApproval approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The meeting whose decision approved the minutes; {@code null} unless approved by decision. */
    public Long approvingMeetingId() {
        return approvingMeetingId;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Minutes[meeting " + meetingId + ", " + status + "]";
    }
}
