package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;

/**
 * What the meeting page and the chair console share: the meeting named by the {@code id} parameter as
 * plain serializable lines (schedule, agenda, attendance, proxies, quorum meter), reloaded after each
 * action and when the page's socket says the meeting changed; checking networks in and out.
 */
public abstract class MeetingPanels implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    AccountRegister accounts;

    @Inject
    Messages messages;

    @Inject
    UserSession session;

    private Long id;
    private Long ownNetworkId;
    private boolean loaded;
    private long bodyId;
    private String bodyName;
    private String title;
    private String status;
    private Instant start;
    private Instant end;
    private String startInYourZone;
    private String endInYourZone;
    private String startInMeetingZone;
    private String endInMeetingZone;
    private String timeZone;
    private String venue;
    private String onlineLink;
    private boolean presiding;
    private boolean sitting;
    private boolean planning;
    private boolean giveProxy;
    private boolean revokeProxy;
    private List<AgendaLine> agenda = new ArrayList<>();
    private List<AttendanceLine> attendance = List.of();
    private List<ProxyLine> proxies = List.of();
    private List<SelectItem> holderOptions = List.of();
    private QuorumMeter quorum;

    /** The page's view action: loads the meeting of the {@code id} parameter. */
    public void load() {
        if (id == null) {
            messages.error("meetings.unknown");
            return;
        }
        ownNetworkId = accounts.own().network().map(MemberNetwork::id).orElse(null);
        call(() -> meetings.get(id));
    }

    /** Reloads the meeting, when the page's socket says it changed. */
    public void refresh() {
        if (loaded) {
            call(() -> meetings.get(id));
        }
    }

    public void checkIn(long networkId) {
        call(() -> meetings.checkIn(id, networkId));
    }

    public void checkOut(long networkId) {
        call(() -> meetings.checkOut(id, networkId));
    }

    /** Runs one service call and shows the meeting it returns, or its refusal as a message for the page. */
    protected boolean call(Supplier<MeetingView> action) {
        try {
            show(action.get());
            return true;
        } catch (DomainException refusal) {
            messages.error(refusal);
            return false;
        }
    }

    /** Copies what the pages show of the meeting. */
    protected void show(MeetingView view) {
        loaded = true;
        bodyId = view.bodyId();
        bodyName = view.bodyName() + " (" + view.bodyCode() + ")";
        title = view.title();
        status = view.status().name();
        start = view.start();
        end = view.end();
        timeZone = view.timeZone().getId();
        startInYourZone = messages.instant(view.start());
        endInYourZone = messages.instant(view.end());
        startInMeetingZone = inZone(view.start(), view.timeZone());
        endInMeetingZone = inZone(view.end(), view.timeZone());
        venue = view.venue();
        onlineLink = view.onlineLink();
        presiding = view.actions().preside();
        sitting = presiding && view.status() == MeetingStatus.IN_SESSION;
        planning = view.actions().plan();
        giveProxy = view.actions().giveProxy();
        revokeProxy = view.actions().revokeProxy();
        List<AgendaLine> lines = new ArrayList<>();
        for (MeetingView.AgendaRow row : view.agenda()) {
            lines.add(new AgendaLine(row, lines.size() + 1, sitting));
        }
        agenda = lines;
        attendance = view.attendance().stream().map(row -> {
            boolean own = ownNetworkId != null && ownNetworkId == row.network().id();
            return new AttendanceLine(row, sitting || (own && view.actions().checkInOwnNetwork()),
                    sitting || (own && view.actions().checkOutOwnNetwork()));
        }).toList();
        proxies = view.proxies().stream().map(ProxyLine::new).toList();
        holderOptions = view.attendance().stream()
                .filter(row -> ownNetworkId == null || ownNetworkId != row.network().id())
                .map(row -> new SelectItem(row.network().id(), row.network().acronym() + " – " + row.network().name()))
                .toList();
        quorum = new QuorumMeter(view.quorum());
    }

    /** An instant in the meeting's own zone, in the reader's language, its zone named. */
    private String inZone(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(session.getLocale()).withZone(zone)
                .format(instant) + " (" + zone.getId() + ")";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** The page's title: the meeting's, or the pages' own when there is no meeting to show. */
    public String getHeading() {
        return loaded ? title : messages.text("meetings.title");
    }

    public long getBodyId() {
        return bodyId;
    }

    public String getBodyName() {
        return bodyName;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public String getStartInYourZone() {
        return startInYourZone;
    }

    public String getEndInYourZone() {
        return endInYourZone;
    }

    public String getStartInMeetingZone() {
        return startInMeetingZone;
    }

    public String getEndInMeetingZone() {
        return endInMeetingZone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public boolean isHasOnlineLink() {
        return onlineLink != null;
    }

    /** The chair or the secretariat, on a meeting not closed. */
    public boolean isPresiding() {
        return presiding;
    }

    /** Presiding over a meeting in session: checking in any network, taking up items. */
    public boolean isSitting() {
        return sitting;
    }

    /** The secretariat, before the meeting: the agenda may change. */
    public boolean isPlanning() {
        return planning;
    }

    public boolean isGiveProxy() {
        return giveProxy;
    }

    public boolean isRevokeProxy() {
        return revokeProxy;
    }

    protected MeetingStatus meetingStatus() {
        return MeetingStatus.valueOf(status);
    }

    public List<AgendaLine> getAgenda() {
        return agenda;
    }

    public List<AttendanceLine> getAttendance() {
        return attendance;
    }

    public List<ProxyLine> getProxies() {
        return proxies;
    }

    public boolean isHasProxies() {
        return !proxies.isEmpty();
    }

    public List<SelectItem> getHolderOptions() {
        return holderOptions;
    }

    public QuorumMeter getQuorum() {
        return quorum;
    }
}
