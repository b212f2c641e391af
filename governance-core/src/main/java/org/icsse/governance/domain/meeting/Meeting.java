package org.icsse.governance.domain.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * A sitting of a body: its title, schedule and place, the workflow of {@link MeetingStatus}, an ordered
 * agenda, the attendance of networks, the proxies given for it, and the quorum meter.
 * <p>
 * Its id comes from the caller (the repository's sequence), like every id it refers to (the body's, the
 * networks', the motions', the accounts'); the agenda items' ids it gives itself, unique within the
 * meeting and never reused. Instants come from the caller too: the domain reads no clock. The entitled
 * networks and their weights (the {@link Electorate}) are passed in when needed, so that the meeting never
 * holds the body or its networks.
 * <ul>
 * <li>Title, schedule and place may change until the meeting is closed.</li>
 * <li>The agenda is built and reordered only while the meeting is planned: it is fixed when the sitting
 * opens. A motion is on it at most once. There is a current item only in session.</li>
 * <li>Networks check in and out only in session; a network that left may come back. Attendance is kept
 * across an adjournment.</li>
 * <li>Proxies may be given until the meeting is closed, and revoked until the first ballot of the meeting
 * opens ({@link #firstBallotOpened}).</li>
 * </ul>
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.ofBody", query = "select m from Meeting m where m.bodyId = :body order by m.startsAt desc, m.id desc")
public class Meeting {

    public static final int TITLE_MAX = 200;

    @Id
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The meeting's own time zone: where its times are entered, and how the invitation states them. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = Place.VENUE_MAX)
    private String venue;

    @Column(name = "online_link", length = Place.LINK_MAX)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    /** The id given to the last agenda item added; ids are never reused, even after a removal. */
    @Column(name = "last_item_id", nullable = false)
    private long lastItemId;

    @Column(name = "current_item_id")
    private Long currentItemId;

    @ElementCollection
    @CollectionTable(name = "meeting_presence", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Presence> presences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_proxy", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Proxy> proxies = new ArrayList<>();

    @Column(name = "first_ballot_opened_at")
    private Instant firstBallotOpenedAt;

    @Version
    private long version;

    protected Meeting() {
        // for JPA
    }

    private Meeting(Long id, Long bodyId, String title, Schedule schedule, ZoneId zone, Place place) {
        this.id = Objects.requireNonNull(id, "id");
        this.bodyId = Objects.requireNonNull(bodyId, "bodyId");
        this.title = title;
        setSchedule(schedule, zone);
        setPlace(place);
    }

    /** The secretariat plans a meeting of a body; every invalid value is reported at once. */
    public static Meeting plan(Long id, Long bodyId, String title, Instant start, Instant end, ZoneId zone,
            String venue, String onlineLink) {
        Violations violations = new Violations();
        String checkedTitle = violations.check(() -> Texts.requireLine("title", title, TITLE_MAX));
        Schedule schedule = violations.check(() -> new Schedule(start, end));
        if (zone == null) {
            violations.add(new InvalidValueException("timeZone", "value.required"));
        }
        Place place = violations.check(() -> new Place(venue, onlineLink));
        violations.throwIfAny();
        return new Meeting(id, bodyId, checkedTitle, schedule, zone, place);
    }

    // title, schedule, place

    public void retitle(String newTitle) {
        requireNotClosed();
        this.title = Texts.requireLine("title", newTitle, TITLE_MAX);
    }

    public void reschedule(Instant start, Instant end, ZoneId zone) {
        requireNotClosed();
        if (zone == null) {
            throw new InvalidValueException("timeZone", "value.required");
        }
        setSchedule(new Schedule(start, end), zone);
    }

    public void relocate(String newVenue, String newOnlineLink) {
        requireNotClosed();
        setPlace(new Place(newVenue, newOnlineLink));
    }

    private void setSchedule(Schedule schedule, ZoneId zone) {
        this.startsAt = schedule.start();
        this.endsAt = schedule.end();
        this.timeZone = zone.getId();
    }

    private void setPlace(Place place) {
        this.venue = place.venue();
        this.onlineLink = place.onlineLink();
    }

    // the sitting

    /** The chair opens the sitting of a planned meeting; its agenda is fixed from now on. */
    public void open() {
        if (status == MeetingStatus.ADJOURNED) {
            throw new ConflictException("status", "meeting.resumeNotOpen");
        }
        moveTo(MeetingStatus.IN_SESSION);
    }

    /** The chair suspends the sitting; it may resume, or be closed. */
    public void adjourn() {
        moveTo(MeetingStatus.ADJOURNED);
    }

    /** The chair resumes an adjourned sitting; attendance and proxies are as they were. */
    public void resume() {
        if (status == MeetingStatus.PLANNED) {
            throw new ConflictException("status", "meeting.openNotResume");
        }
        moveTo(MeetingStatus.IN_SESSION);
    }

    /** The adjourned meeting is over for good; it is now a record. */
    public void close() {
        moveTo(MeetingStatus.CLOSED);
        currentItemId = null;
    }

    private void moveTo(MeetingStatus target) {
        status = status.transitionTo(target);
    }

    // agenda

    /** Puts a motion, with its amendments, at the end of the agenda. */
    public AgendaItem addMotionItem(Long motionId, Integer allottedMinutes) {
        requirePlanned();
        AgendaItem item = AgendaItem.motion(lastItemId + 1, motionId, allottedMinutes);
        if (hasMotion(motionId)) {
            throw new ConflictException("motionId", "agenda.motionTwice", String.valueOf(motionId));
        }
        return append(item);
    }

    /** Puts a report or a discussion at the end of the agenda. */
    public AgendaItem addFreeItem(AgendaItemKind kind, String itemTitle, Integer allottedMinutes) {
        requirePlanned();
        return append(AgendaItem.free(lastItemId + 1, kind, itemTitle, allottedMinutes));
    }

    private AgendaItem append(AgendaItem item) {
        AgendaItem placed = item.at(agenda.isEmpty() ? 0 : agenda.get(agenda.size() - 1).position() + 1);
        agenda.add(placed);
        lastItemId = placed.id();
        return placed;
    }

    public void removeItem(long itemId) {
        requirePlanned();
        agenda.remove(item(itemId));
    }

    /** Sets or ({@code null}) clears the time allotted to an item. */
    public void allot(long itemId, Integer allottedMinutes) {
        requirePlanned();
        int index = agenda.indexOf(item(itemId));
        agenda.set(index, agenda.get(index).withAllotment(allottedMinutes));
    }

    /** Puts the items in this order, which must name every item of the agenda exactly once. */
    public void reorder(List<Long> itemIds) {
        requirePlanned();
        if (itemIds == null || itemIds.stream().anyMatch(Objects::isNull) || itemIds.size() != agenda.size()
                || new HashSet<>(itemIds).size() != itemIds.size()
                || !new HashSet<>(itemIds).equals(new HashSet<>(agenda.stream().map(AgendaItem::id).toList()))) {
            throw new InvalidValueException("itemIds", "agenda.notPermutation");
        }
        List<AgendaItem> reordered = new ArrayList<>();
        for (Long itemId : itemIds) {
            reordered.add(item(itemId).at(reordered.size()));
        }
        agenda.clear();
        agenda.addAll(reordered);
    }

    /** The chair moves the sitting to an item of the agenda (any, forward or back). */
    public void advanceTo(long itemId) {
        requireInSession();
        this.currentItemId = item(itemId).id();
    }

    /** The item of the agenda with that id. */
    public AgendaItem item(long itemId) {
        return agenda.stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("agendaItem", itemId));
    }

    /** The item the sitting is on; none before the chair moves to one, nor outside a sitting. */
    public Optional<AgendaItem> currentItem() {
        return status != MeetingStatus.IN_SESSION || currentItemId == null ? Optional.empty()
                : agenda.stream().filter(i -> i.id() == currentItemId).findFirst();
    }

    public boolean hasMotion(Long motionId) {
        return motionId != null && agenda.stream().anyMatch(i -> motionId.equals(i.motionId()));
    }

    /** The agenda in its order. */
    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    // attendance

    /**
     * A network of the electorate is present from now on; {@code by} is the account that checked it in (one of
     * its delegates, the chair or the secretariat).
     */
    public void checkIn(Electorate electorate, Long networkId, Long by, Instant when) {
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(when, "when");
        requireInSession();
        if (!electorate.contains(networkId)) {
            throw new ConflictException("network", "attendance.notElector", String.valueOf(networkId));
        }
        if (isPresent(networkId)) {
            throw new ConflictException("network", "attendance.alreadyPresent", String.valueOf(networkId));
        }
        presences.add(new Presence(networkId, by, when));
    }

    /** A present network leaves. */
    public void checkOut(Long networkId, Instant when) {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(when, "when");
        requireInSession();
        int index = openPresenceIndex(networkId);
        if (index < 0) {
            throw new ConflictException("network", "attendance.notPresent", String.valueOf(networkId));
        }
        Presence presence = presences.get(index);
        if (when.isBefore(presence.checkedInAt())) {
            throw new InvalidValueException("when", "attendance.outBeforeIn");
        }
        presences.set(index, presence.checkedOutAt(when));
    }

    private int openPresenceIndex(Long networkId) {
        for (int i = 0; i < presences.size(); i++) {
            if (presences.get(i).isOpen() && presences.get(i).networkId().equals(networkId)) {
                return i;
            }
        }
        return -1;
    }

    /** Checked in and not checked out since. */
    public boolean isPresent(Long networkId) {
        return openPresenceIndex(networkId) >= 0;
    }

    /** The networks checked in now, in id order. */
    public Set<Long> presentNetworkIds() {
        Set<Long> present = new TreeSet<>();
        presences.stream().filter(Presence::isOpen).forEach(p -> present.add(p.networkId()));
        return present;
    }

    /** Every stay of every network, in the order of check-in. */
    public List<Presence> presences() {
        return List.copyOf(presences);
    }

    // proxies

    /**
     * Network {@code giver} lets network {@code holder} act for it in this meeting. Both must be in the
     * electorate and differ; a network gives at most one proxy at a time; a network that gives its proxy
     * holds none and a holder gives none (no chains); a holder carries at most {@code cap} proxies (the
     * body's proxy cap; 0: the body allows no proxy).
     */
    public Proxy giveProxy(Electorate electorate, Long giver, Long holder, int cap, Instant when) {
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(giver, "giver");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(when, "when");
        if (cap < 0 || cap > Body.PROXY_CAP_MAX) {
            throw new InvalidValueException("cap", "value.range", 0, Body.PROXY_CAP_MAX);
        }
        requireNotClosed();
        if (cap == 0) {
            throw new ConflictException("holder", "proxy.notAllowed");
        }
        if (giver.equals(holder)) {
            throw new InvalidValueException("holder", "proxy.self");
        }
        if (!electorate.contains(giver)) {
            throw new ConflictException("giver", "proxy.notElector", String.valueOf(giver));
        }
        if (!electorate.contains(holder)) {
            throw new ConflictException("holder", "proxy.notElector", String.valueOf(holder));
        }
        if (activeProxyOf(giver).isPresent()) {
            throw new ConflictException("giver", "proxy.alreadyGiven", String.valueOf(giver));
        }
        if (activeProxyOf(holder).isPresent()) {
            throw new ConflictException("holder", "proxy.holderGives", String.valueOf(holder));
        }
        if (!proxiesHeldBy(giver).isEmpty()) {
            throw new ConflictException("giver", "proxy.giverHolds", String.valueOf(giver));
        }
        if (proxiesHeldBy(holder).size() >= cap) {
            throw new ConflictException("holder", "proxy.capReached", String.valueOf(holder), cap);
        }
        Proxy proxy = new Proxy(giver, holder, when);
        proxies.add(proxy);
        return proxy;
    }

    /** The giver takes its proxy back; refused once the first ballot of the meeting has opened. */
    public void revokeProxy(Long giver, Instant when) {
        Objects.requireNonNull(giver, "giver");
        Objects.requireNonNull(when, "when");
        requireNotClosed();
        Proxy active = activeProxyOf(giver)
                .orElseThrow(() -> new ConflictException("giver", "proxy.noneGiven", String.valueOf(giver)));
        if (firstBallotOpenedAt != null) {
            throw new ConflictException("giver", "proxy.revocationClosed");
        }
        if (when.isBefore(active.givenAt())) {
            throw new InvalidValueException("when", "proxy.revokedBeforeGiven");
        }
        proxies.set(proxies.indexOf(active), active.revokedAt(when));
    }

    /**
     * A ballot of this meeting has opened (the ballots call this each time); the first call marks the meeting,
     * and from then on proxies can no longer be revoked. Later calls change nothing.
     */
    public void firstBallotOpened(Instant when) {
        Objects.requireNonNull(when, "when");
        requireInSession();
        if (firstBallotOpenedAt == null) {
            firstBallotOpenedAt = when;
        }
    }

    /** The proxy the network has given and not revoked, if any. */
    public Optional<Proxy> activeProxyOf(Long giver) {
        return proxies.stream().filter(p -> p.isActive() && p.giverNetworkId().equals(giver)).findFirst();
    }

    /** The active proxies the network holds, in the order given. */
    public List<Proxy> proxiesHeldBy(Long holder) {
        return proxies.stream().filter(p -> p.isActive() && p.holderNetworkId().equals(holder)).toList();
    }

    public List<Proxy> activeProxies() {
        return proxies.stream().filter(Proxy::isActive).toList();
    }

    /** Every proxy ever given for this meeting, revoked ones included, in the order given. */
    public List<Proxy> proxies() {
        return List.copyOf(proxies);
    }

    /** When the first ballot of the meeting opened; {@code null} before. */
    public Instant firstBallotOpenedAt() {
        return firstBallotOpenedAt;
    }

    public boolean proxiesRevocable() {
        return firstBallotOpenedAt == null && status != MeetingStatus.CLOSED;
    }

    // quorum

    /**
     * The quorum meter now. Present are the networks of the electorate checked in, and those of the electorate
     * not checked in whose active proxy is held by a checked-in network of the electorate (a network present
     * both ways counts once, in person). Checked-in networks no longer in the electorate do not count.
     * <p>
     * With an empty electorate the rule needs nothing ({@code ⌈q·0⌉ = 0}) and the quorum is met, whatever the
     * rule: that is {@link QuorumRule}'s reading. Such a meeting still takes no decision, since a ballot without
     * votes never adopts.
     */
    public QuorumReading quorum(Electorate electorate, QuorumRule rule) {
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(rule, "rule");
        Set<Long> inPerson = new TreeSet<>();
        presentNetworkIds().stream().filter(electorate::contains).forEach(inPerson::add);
        Map<Long, Long> byProxy = new TreeMap<>();
        for (Proxy proxy : activeProxies()) {
            if (electorate.contains(proxy.giverNetworkId()) && !inPerson.contains(proxy.giverNetworkId())
                    && inPerson.contains(proxy.holderNetworkId())) {
                byProxy.put(proxy.giverNetworkId(), proxy.holderNetworkId());
            }
        }
        Set<Long> present = new HashSet<>(inPerson);
        present.addAll(byProxy.keySet());
        return new QuorumReading(inPerson, byProxy, electorate.weightOf(present), electorate.count(),
                electorate.totalWeight(), rule.networksNeeded(electorate.count()),
                rule.weightNeeded(electorate.totalWeight()));
    }

    /**
     * The attendance list for the minutes, in network id order: every network that was checked in at some time
     * (in person), then every other network whose proxy, still active, is held by a network that was checked in
     * at some time (by proxy).
     */
    public List<AttendanceLine> attendanceList() {
        Set<Long> attended = new TreeSet<>();
        presences.forEach(p -> attended.add(p.networkId()));
        Map<Long, AttendanceLine> lines = new TreeMap<>();
        attended.forEach(n -> lines.put(n, AttendanceLine.inPerson(n)));
        for (Proxy proxy : activeProxies()) {
            if (!attended.contains(proxy.giverNetworkId()) && attended.contains(proxy.holderNetworkId())) {
                lines.put(proxy.giverNetworkId(), AttendanceLine.byProxy(proxy.giverNetworkId(), proxy.holderNetworkId()));
            }
        }
        return List.copyOf(lines.values());
    }

    // guards

    private void requirePlanned() {
        if (status != MeetingStatus.PLANNED) {
            throw new ConflictException("status", "agenda.frozen", status.name());
        }
    }

    private void requireInSession() {
        if (status != MeetingStatus.IN_SESSION) {
            throw new ConflictException("status", "meeting.notInSession", status.name());
        }
    }

    private void requireNotClosed() {
        if (status == MeetingStatus.CLOSED) {
            throw new ConflictException("status", "meeting.closed");
        }
    }

    /** What the audit log records of the meeting. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("bodyId", bodyId);
        s.put("title", title);
        s.put("start", startsAt.toString());
        s.put("end", endsAt.toString());
        s.put("timeZone", timeZone);
        s.put("venue", venue);
        s.put("onlineLink", onlineLink);
        s.put("status", status.name());
        s.put("agenda", agenda.stream().map(Meeting::itemSnapshot).toList());
        s.put("currentItemId", currentItemId);
        s.put("presentNetworkIds", List.copyOf(presentNetworkIds()));
        s.put("proxies", activeProxies().stream().map(p -> Map.of("giver", p.giverNetworkId(), "holder", p.holderNetworkId())).toList());
        s.put("firstBallotOpenedAt", firstBallotOpenedAt == null ? null : firstBallotOpenedAt.toString());
        return s;
    }

    private static Map<String, Object> itemSnapshot(AgendaItem item) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", item.id());
        s.put("kind", item.kind().name());
        s.put("motionId", item.motionId());
        s.put("title", item.title());
        s.put("allottedMinutes", item.allottedMinutes());
        return s;
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String title() {
        return title;
    }

    public Schedule schedule() {
        return new Schedule(startsAt, endsAt);
    }

    public Instant start() {
        return startsAt;
    }

    public Instant end() {
        return endsAt;
    }

    /** The meeting's own time zone. */
    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Place place() {
        return new Place(venue, onlineLink);
    }

    public MeetingStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Meeting[" + id + " of body " + bodyId + ", " + status + "]";
    }
}
