package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.UserSession;

/**
 * meetings/list.xhtml: the meetings of a body (the {@code body} parameter, else the first body) and, for the
 * secretariat, a dialog to plan one, its start and end typed in the meeting's own time zone.
 */
@Named
@ViewScoped
public class MeetingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("bodyId", "title", "start", "end", "timeZone", "venue", "onlineLink");

    @Inject
    MeetingService meetings;

    @Inject
    BodyRegister bodies;

    @Inject
    SecurityContext security;

    @Inject
    UserSession session;

    @Inject
    Forms forms;

    private Long body;
    private boolean planner;
    private List<SelectItem> bodyOptions = List.of();
    private List<String> zoneOptions = List.of();
    private List<MeetingLine> list = List.of();

    private String title;
    private LocalDateTime start;
    private LocalDateTime end;
    private String timeZone;
    private String venue;
    private String onlineLink;
    private final FieldErrors errors = new FieldErrors();

    /** The page's view action. */
    public void load() {
        planner = security.isCallerInRole(Role.SECRETARIAT.name()) || security.isCallerInRole(Role.ADMIN.name());
        bodyOptions = bodies.list().stream().map(b -> new SelectItem(b.id(), b.name() + " (" + b.code().value() + ")")).toList();
        if (body == null && !bodyOptions.isEmpty()) {
            body = (Long) bodyOptions.get(0).getValue();
        }
        zoneOptions = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
        showBody();
        startPlan();
    }

    /** Shows the meetings of the body chosen. */
    public void showBody() {
        list = body == null ? List.of() : meetings.ofBody(body).stream().map(MeetingLine::new).toList();
    }

    /** Empties the dialog; the meeting's zone is the reader's until changed. */
    public void startPlan() {
        errors.clear();
        title = null;
        start = null;
        end = null;
        timeZone = session.getTimeZone();
        venue = null;
        onlineLink = null;
    }

    /** Plans the meeting and opens its page, where the agenda is set. */
    public String plan() {
        long[] planned = new long[1];
        boolean saved = forms.submit(errors, FIELDS, () -> planned[0] = meetings.plan(new MeetingForm(body, title,
                local(start), local(end), timeZone, venue, onlineLink)).id());
        if (!saved) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/meetings/meeting?faces-redirect=true&id=" + planned[0];
    }

    /** A date and time as the service reads it: {@code 2026-06-01T09:00}. */
    private static String local(LocalDateTime value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public Long getBody() {
        return body;
    }

    public void setBody(Long body) {
        this.body = body;
    }

    public boolean isPlanner() {
        return planner;
    }

    public List<SelectItem> getBodyOptions() {
        return bodyOptions;
    }

    public List<String> getZoneOptions() {
        return zoneOptions;
    }

    public List<MeetingLine> getMeetings() {
        return list;
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }
}
