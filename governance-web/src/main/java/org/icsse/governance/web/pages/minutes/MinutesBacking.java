package org.icsse.governance.web.pages.minutes;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.meeting.MinutesApproval;
import org.icsse.governance.domain.meeting.MinutesStatus;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;

/**
 * minutes/minutes.xhtml: the minutes of a meeting. The secretariat starts them, writes each section and
 * circulates them; delegates of the body comment; the secretariat approves them. Every action is one call of
 * {@link MinutesService}, which decides who may do what; the page shows what its {@code actions} allow. The
 * results of the meeting's ballots are shown as generated when each closed, never typed.
 */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COMMENT_FIELDS = List.of("text");
    private static final List<String> DECISION_FIELDS = List.of("reference");

    @Inject
    MinutesService service;

    @Inject
    MeetingService meetings;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    @Inject
    SecurityContext security;

    private Long meeting;

    private String meetingTitle;
    private String bodyCode;
    private String bodyName;
    private long bodyId;
    private Instant meetingStart;
    private boolean staff;

    private String status;
    private boolean editing;
    private boolean circulable;
    private boolean underReview;
    private boolean approvable;
    private boolean commentable;
    private boolean commentsShown;
    private List<AttendanceRow> attendance = List.of();
    private List<SectionRow> sections = List.of();
    private List<CommentRow> comments = List.of();
    private List<ResultRow> results = List.of();
    private String statusMeaning;
    private boolean objected;
    private String approvableFrom;
    private List<SelectItem> decidingMeetings = List.of();

    private Map<Long, String> drafts = new HashMap<>();
    private String commentText;
    private boolean objection;
    private Long decidingMeetingId;
    private String decisionReference;
    private final FieldErrors errors = new FieldErrors();

    /** The view action: the meeting and its minutes, if started; an unknown meeting is a 404. */
    public void load() throws IOException {
        MeetingView view;
        try {
            view = meeting == null ? null : meetings.get(meeting);
        } catch (NotFoundException e) {
            view = null;
        }
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "meeting");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        meetingTitle = view.title();
        bodyCode = view.bodyCode();
        bodyName = view.bodyName();
        bodyId = view.bodyId();
        meetingStart = view.start();
        // once started, the minutes' own actions say what the caller may do; before, only staff may start them
        staff = security.isCallerInRole(Role.SECRETARIAT.name()) || security.isCallerInRole(Role.ADMIN.name());
        show(service.find(meeting).orElse(null));
    }

    /** Keeps plain values of the minutes for the page (nothing of the service's view stays in the bean). */
    private MinutesView show(MinutesView view) {
        if (view == null) {
            return null;
        }
        status = view.status().name();
        MinutesView.Actions actions = view.actions();
        editing = actions.write();
        circulable = actions.circulate();
        underReview = actions.returnToDraft();
        approvable = actions.approveBySecretariat();
        commentable = actions.comment();
        commentsShown = view.status() == MinutesStatus.CIRCULATED || !view.comments().isEmpty();
        attendance = view.attendance().stream().map(AttendanceRow::new).toList();
        sections = view.sections().stream().map(SectionRow::new).toList();
        comments = view.comments().stream().map(CommentRow::new).toList();
        results = view.results() == null ? List.of() : view.results().stream().map(ResultRow::new).toList();
        drafts = new HashMap<>();
        view.sections().forEach(section -> drafts.put(section.itemId(), section.html()));
        objected = view.circulatedAt() != null && view.comments().stream()
                .anyMatch(c -> c.objection() && !c.when().isBefore(view.circulatedAt()));
        statusMeaning = switch (view.status()) {
            case DRAFT -> messages.text("minutes.meaning.DRAFT");
            case CIRCULATED -> messages.text("minutes.meaning.CIRCULATED", messages.instant(view.commentPeriodEnd()));
            case APPROVED -> view.approvedBy() == MinutesApproval.DECISION
                    ? messages.text("minutes.meaning.APPROVED.DECISION", messages.instant(view.approvedAt()), view.decisionReference())
                    : messages.text("minutes.meaning.APPROVED.SECRETARIAT", messages.instant(view.approvedAt()));
        };
        approvableFrom = view.status() == MinutesStatus.CIRCULATED
                ? messages.text("minutes.approvableFrom", messages.instant(view.commentPeriodEnd())) : null;
        decidingMeetings = view.actions().returnToDraft()
                ? meetings.ofBody(bodyId).stream().filter(m -> m.id() != meeting)
                        .map(m -> new SelectItem(m.id(), m.title() + " — " + messages.instant(m.start()))).toList()
                : List.of();
        return view;
    }

    /** Runs one call of the service; on success shows its result and says so, on a refusal says why. */
    private boolean act(Supplier<MinutesView> call, String doneKey) {
        try {
            show(call.get());
            messages.info(doneKey);
            return true;
        } catch (DomainException refusal) {
            messages.error(refusal);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    public void start() {
        act(() -> service.draft(meeting), "minutes.drafted");
    }

    public void saveSection(long itemId) {
        String html = drafts.get(itemId);
        act(() -> service.writeSection(meeting, itemId, html), "minutes.sectionSaved");
    }

    public void refreshAttendance() {
        act(() -> service.refreshAttendance(meeting), "minutes.attendanceRefreshed");
    }

    public void circulate() {
        act(() -> service.circulate(meeting), "minutes.circulated");
    }

    public void returnToDraft() {
        act(() -> service.returnToDraft(meeting), "minutes.returned");
    }

    public void approve() {
        act(() -> service.approveBySecretariat(meeting), "minutes.approved");
    }

    public void approveByDecision() {
        if (decidingMeetingId == null) {
            messages.error("minutes.decision.meetingRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long deciding = decidingMeetingId;
        if (forms.submit(errors, DECISION_FIELDS, () -> show(service.approveByDecision(meeting, deciding, decisionReference)))) {
            messages.info("minutes.approved");
        }
    }

    public void comment() {
        boolean asObjection = objection;
        if (forms.submit(errors, COMMENT_FIELDS, () -> show(service.comment(meeting, commentText, asObjection)))) {
            messages.info("minutes.commented");
            commentText = null;
            objection = false;
        }
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public String getBodyName() {
        return bodyName;
    }

    public long getBodyId() {
        return bodyId;
    }

    public Instant getMeetingStart() {
        return meetingStart;
    }

    public boolean isStarted() {
        return status != null;
    }

    /** Only the secretariat may start minutes; the service checks it again. */
    public boolean isStartable() {
        return status == null && staff;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusMeaning() {
        return statusMeaning;
    }

    /** Whether the editors show (a draft, for the secretariat) rather than the written sections. */
    public boolean isEditing() {
        return editing;
    }

    public boolean isCirculable() {
        return circulable;
    }

    /** Circulated minutes, for the secretariat: back to draft, approval, approval by decision. */
    public boolean isUnderReview() {
        return underReview;
    }

    public boolean isApprovable() {
        return approvable;
    }

    public boolean isCommentable() {
        return commentable;
    }

    public boolean isObjected() {
        return objected;
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    /** The results of the meeting's ballots, generated when each closed. */
    public List<ResultRow> getResults() {
        return results;
    }

    public boolean isResultsShown() {
        return !results.isEmpty();
    }

    public List<CommentRow> getComments() {
        return comments;
    }

    /** Comments show while the minutes circulate, and stay on record once they have some. */
    public boolean isCommentsShown() {
        return commentsShown;
    }

    /** While circulated: from when the secretariat may approve, if no objection is made. */
    public String getApprovableFrom() {
        return approvableFrom;
    }

    public List<SelectItem> getDecidingMeetings() {
        return decidingMeetings;
    }

    public Map<Long, String> getDrafts() {
        return drafts;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public boolean isObjection() {
        return objection;
    }

    public void setObjection(boolean objection) {
        this.objection = objection;
    }

    public Long getDecidingMeetingId() {
        return decidingMeetingId;
    }

    public void setDecidingMeetingId(Long decidingMeetingId) {
        this.decidingMeetingId = decidingMeetingId;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public FieldErrors getErrors() {
        return errors;
    }
}
