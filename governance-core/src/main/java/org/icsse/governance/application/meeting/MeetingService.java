package org.icsse.governance.application.meeting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.account.Username;
import org.icsse.governance.domain.ballot.Ballot;
import org.icsse.governance.domain.ballot.Ballots;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.meeting.AgendaItem;
import org.icsse.governance.domain.meeting.AgendaItemKind;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.meeting.Meeting;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.meeting.Meetings;
import org.icsse.governance.domain.meeting.Proxy;
import org.icsse.governance.domain.meeting.QuorumReading;
import org.icsse.governance.domain.motion.Motion;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.motion.Proposal;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.network.Weight;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * Meetings of the coalition's bodies. The secretariat plans them and sets the agenda; the chair and the
 * secretariat run the sitting (open, adjourn, resume, close, move through the agenda, check networks in
 * and out); a delegate checks in their own network and gives or revokes its proxy. The electorate of a
 * meeting is its body's member networks in good standing, read from the register when needed.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    private static final Set<Role> PRESIDING = Set.of(Role.CHAIR, Role.SECRETARIAT, Role.ADMIN);
    private static final Set<Role> STAFF = Set.of(Role.SECRETARIAT, Role.ADMIN);

    @Inject
    Meetings meetings;

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    @Inject
    Motions motions;

    @Inject
    Ballots ballots;

    @Inject
    UserAccounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Event<MeetingChanged> changes;

    /** The secretariat plans a meeting of a body. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView plan(MeetingForm form) {
        Caller caller = callers.current();
        if (form.bodyId() == null) {
            throw new InvalidValueException("bodyId", "value.required");
        }
        Body body = bodies.findById(form.bodyId())
                .orElseThrow(() -> new InvalidValueException("bodyId", "body.unknown", form.bodyId()));
        Violations violations = new Violations();
        ZoneId zone = violations.check(() -> zone(form.timeZone()));
        Instant start = violations.check(() -> instant("start", form.start(), zone));
        Instant end = violations.check(() -> instant("end", form.end(), zone));
        Meeting meeting = violations.check(() -> Meeting.plan(meetings.nextId(), body.id(), form.title(), start, end,
                zone, form.venue(), form.onlineLink()));
        violations.throwIfAny();
        meetings.add(meeting);
        audit.record("meeting.planned", "meeting", meeting.id(), null, meeting.snapshot());
        return view(meeting, caller);
    }

    /** The secretariat changes the title, schedule or place of a meeting until it is closed. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView update(long id, MeetingForm form) {
        return change(id, "meeting.updated", (meeting, caller) -> {
            Violations violations = new Violations();
            ZoneId zone = form.timeZone() == null ? meeting.timeZone() : violations.check(() -> zone(form.timeZone()));
            Instant start = form.start() == null ? meeting.start() : violations.check(() -> instant("start", form.start(), zone));
            Instant end = form.end() == null ? meeting.end() : violations.check(() -> instant("end", form.end(), zone));
            violations.throwIfAny();
            if (form.title() != null) {
                meeting.retitle(form.title());
            }
            meeting.reschedule(start, end, zone);
            if (form.venue() != null || form.onlineLink() != null) {
                meeting.relocate(form.venue(), form.onlineLink());
            }
        });
    }

    /**
     * Puts an admitted motion of the meeting's body on its agenda, with its admitted amendments: they are on
     * the agenda from now on (their status says so).
     */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView addMotionItem(long id, long motionId, Integer allottedMinutes) {
        return change(id, "meeting.agendaChanged", (meeting, caller) -> {
            Proposal proposal = motions.getForChange(motionId);
            if (!(proposal instanceof Motion motion) || !proposal.bodyId().equals(meeting.bodyId())) {
                throw new InvalidValueException("motionId", "meeting.motionOfOtherBody");
            }
            meeting.addMotionItem(motion.id(), allottedMinutes);
            Map<String, Object> before = motion.snapshot();
            motion.putOnAgenda();
            audit.record("motion.putOnAgenda", "motion", motion.id(), before, motion.snapshot());
            for (Long amendmentId : motion.amendmentIds()) {
                Proposal amendment = motions.getForChange(amendmentId);
                if (amendment.status() == MotionStatus.ADMITTED) {
                    Map<String, Object> amendmentBefore = amendment.snapshot();
                    amendment.putOnAgenda();
                    audit.record("motion.putOnAgenda", "motion", amendment.id(), amendmentBefore, amendment.snapshot());
                }
            }
        });
    }

    /** Puts a report or a discussion on the agenda. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView addFreeItem(long id, String kind, String title, Integer allottedMinutes) {
        return change(id, "meeting.agendaChanged", (meeting, caller) -> {
            AgendaItemKind itemKind = Texts.requireEnum("kind", AgendaItemKind.class, kind);
            if (itemKind == AgendaItemKind.MOTION) {
                throw new InvalidValueException("kind", "meeting.motionItemNeedsMotion");
            }
            meeting.addFreeItem(itemKind, title, allottedMinutes);
        });
    }

    /**
     * Takes an item off the agenda before the meeting; a motion taken off (and its amendments on the agenda)
     * is postponed: it comes back through admission.
     */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView removeItem(long id, long itemId) {
        return change(id, "meeting.agendaChanged", (meeting, caller) -> {
            AgendaItem item = meeting.item(itemId);
            meeting.removeItem(itemId);
            if (item.isMotion()) {
                Motion motion = (Motion) motions.getForChange(item.motionId());
                List<Proposal> concerned = new ArrayList<>();
                concerned.add(motion);
                motion.amendmentIds().forEach(a -> concerned.add(motions.getForChange(a)));
                for (Proposal proposal : concerned) {
                    if (proposal.status() == MotionStatus.ON_AGENDA) {
                        Map<String, Object> before = proposal.snapshot();
                        proposal.postpone();
                        audit.record("motion.postponed", "motion", proposal.id(), before, proposal.snapshot());
                    }
                }
            }
        });
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView allot(long id, long itemId, Integer allottedMinutes) {
        return change(id, "meeting.agendaChanged", (meeting, caller) -> meeting.allot(itemId, allottedMinutes));
    }

    /** Reorders the agenda before the meeting (drag and drop on the page). */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    public MeetingView reorder(long id, List<Long> itemIds) {
        return change(id, "meeting.agendaChanged", (meeting, caller) -> meeting.reorder(itemIds));
    }

    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView open(long id) {
        return change(id, "meeting.opened", (meeting, caller) -> meeting.open());
    }

    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView adjourn(long id) {
        return change(id, "meeting.adjourned", (meeting, caller) -> meeting.adjourn());
    }

    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView resume(long id) {
        return change(id, "meeting.resumed", (meeting, caller) -> meeting.resume());
    }

    /** The sitting ends; refused while a ballot of the meeting is still open (close it first). */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView close(long id) {
        return change(id, "meeting.closed", (meeting, caller) -> {
            if (ballots.ofMeeting(id).stream().anyMatch(Ballot::isOpen)) {
                throw new ConflictException("status", "meeting.ballotOpen");
            }
            meeting.close();
        });
    }

    /** The chair moves the sitting to an item of the agenda. */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView advanceTo(long id, long itemId) {
        return change(id, "meeting.itemTaken", (meeting, caller) -> meeting.advanceTo(itemId));
    }

    /** A delegate checks in their own network; the chair or the secretariat checks in any network. */
    @RequiresRole({Role.DELEGATE, Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView checkIn(long id, long networkId) {
        return change(id, "meeting.checkedIn", (meeting, caller) -> {
            requireOwnOrPresiding(caller, networkId);
            meeting.checkIn(electorate(meeting), networkId, accountId(caller), clock.instant());
        });
    }

    /** A delegate checks out their own network; the chair or the secretariat checks out any network. */
    @RequiresRole({Role.DELEGATE, Role.CHAIR, Role.SECRETARIAT, Role.ADMIN})
    public MeetingView checkOut(long id, long networkId) {
        return change(id, "meeting.checkedOut", (meeting, caller) -> {
            requireOwnOrPresiding(caller, networkId);
            meeting.checkOut(networkId, clock.instant());
        });
    }

    /** A delegate gives their network's proxy for this meeting to another network of the body. */
    @RequiresRole(Role.DELEGATE)
    public MeetingView giveProxy(long id, long holderNetworkId) {
        return change(id, "meeting.proxyGiven", (meeting, caller) -> {
            long giver = caller.delegateOf().orElseThrow(() -> new AccessDeniedException("access.denied"));
            int cap = bodies.getById(meeting.bodyId()).rules().proxyCap();
            meeting.giveProxy(electorate(meeting), giver, holderNetworkId, cap, clock.instant());
        });
    }

    /** A delegate revokes their network's proxy, until the first ballot of the meeting opens. */
    @RequiresRole(Role.DELEGATE)
    public MeetingView revokeProxy(long id) {
        return change(id, "meeting.proxyRevoked", (meeting, caller) -> {
            long giver = caller.delegateOf().orElseThrow(() -> new AccessDeniedException("access.denied"));
            meeting.revokeProxy(giver, clock.instant());
        });
    }

    /** A meeting as the caller sees it, with the quorum meter as of now. */
    @RequiresRole
    public MeetingView get(long id) {
        return view(meetings.getById(id), callers.current());
    }

    /** The meetings of a body, latest first. */
    @RequiresRole
    public List<MeetingView> ofBody(long bodyId) {
        Caller caller = callers.current();
        bodies.getById(bodyId);
        return meetings.ofBody(bodyId).stream().map(m -> view(m, caller)).toList();
    }

    /**
     * One change to a meeting: locked by its version, changed by {@code act} (which checks who may), written,
     * recorded in the audit log, and announced to open consoles once committed.
     */
    private MeetingView change(long id, String action, BiConsumer<Meeting, Caller> act) {
        Caller caller = callers.current();
        Meeting meeting = meetings.getForChange(id);
        Map<String, Object> before = meeting.snapshot();
        act.accept(meeting, caller);
        meetings.flush();
        audit.record(action, "meeting", meeting.id(), before, meeting.snapshot());
        changes.fire(new MeetingChanged(meeting.id()));
        return view(meeting, caller);
    }

    private static void requireOwnOrPresiding(Caller caller, long networkId) {
        if (caller.hasAnyRole(PRESIDING)) {
            return;
        }
        if (!caller.delegateOf().map(own -> own == networkId).orElse(false)) {
            throw new AccessDeniedException("access.otherNetwork");
        }
    }

    /** The account acting, for the record of who checked a network in. */
    private Long accountId(Caller caller) {
        if (caller.isSystem()) {
            return 0L;
        }
        return accounts.findByUsername(new Username(caller.name())).map(UserAccount::id)
                .orElseThrow(() -> new AccessDeniedException("access.denied"));
    }

    /** The body's member networks in good standing, with their weights. */
    Electorate electorate(Meeting meeting) {
        Body body = bodies.getById(meeting.bodyId());
        Map<Long, Weight> weights = new LinkedHashMap<>();
        body.members().stream().filter(n -> n.status().isVoting()).forEach(n -> weights.put(n.id(), n.weight()));
        return new Electorate(weights);
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            throw new InvalidValueException("timeZone", "value.required");
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "timeZone.unknown");
        }
    }

    /** A local date-time typed in the meeting's zone, as an instant. */
    private static Instant instant(String field, String localDateTime, ZoneId zone) {
        if (localDateTime == null || localDateTime.isBlank()) {
            throw new InvalidValueException(field, "value.required");
        }
        if (zone == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(localDateTime.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "meeting.localDateTime");
        }
    }

    private MeetingView view(Meeting meeting, Caller caller) {
        Body body = bodies.getById(meeting.bodyId());
        Electorate electorate = electorate(meeting);
        QuorumReading reading = meeting.quorum(electorate, body.rules().quorum());
        Set<Long> named = new HashSet<>(electorate.networkIds());
        meeting.proxies().forEach(p -> {
            named.add(p.giverNetworkId());
            named.add(p.holderNetworkId());
        });
        Map<Long, MemberNetwork> byId = networks.getAllById(named).stream()
                .collect(Collectors.toMap(MemberNetwork::id, Function.identity()));
        Function<Long, NetworkRef> ref = networkId -> NetworkRef.of(byId.get(networkId));

        Long current = meeting.currentItem().map(AgendaItem::id).orElse(null);
        List<MeetingView.AgendaRow> agenda = meeting.agenda().stream().map(item -> {
            if (!item.isMotion()) {
                return new MeetingView.AgendaRow(item.id(), item.kind(), null, null, item.title(), null,
                        item.allottedMinutes(), Long.valueOf(item.id()).equals(current));
            }
            Proposal motion = motions.getById(item.motionId());
            return new MeetingView.AgendaRow(item.id(), item.kind(), motion.id(),
                    motion.number() == null ? null : motion.number().toString(), ((Motion) motion).title(),
                    motion.status(), item.allottedMinutes(), Long.valueOf(item.id()).equals(current));
        }).toList();
        List<MeetingView.AttendanceRow> attendance = electorate.networkIds().stream()
                .map(id -> new MeetingView.AttendanceRow(ref.apply(id), electorate.weightOf(id).value(),
                        reading.presentInPerson().contains(id),
                        Optional.ofNullable(reading.presentByProxy().get(id)).map(ref).orElse(null)))
                .sorted((a, b) -> a.network().acronym().compareTo(b.network().acronym()))
                .toList();
        List<MeetingView.ProxyRow> proxies = meeting.proxies().stream()
                .map(p -> new MeetingView.ProxyRow(ref.apply(p.giverNetworkId()), ref.apply(p.holderNetworkId()),
                        p.givenAt(), p.revokedAt()))
                .toList();
        MeetingView.QuorumView quorum = new MeetingView.QuorumView(reading.presentCount(), reading.presentWeight(),
                reading.electorateCount(), reading.electorateWeight(), reading.networksNeeded(), reading.weightNeeded(),
                reading.met());
        return new MeetingView(meeting.id(), body.id(), body.code().value(), body.name(), meeting.title(), meeting.start(),
                meeting.end(), meeting.timeZone(), meeting.place().venue(), meeting.place().onlineLink(), meeting.status(),
                agenda, attendance, proxies, quorum, actions(meeting, caller, electorate));
    }

    private static MeetingActions actions(Meeting meeting, Caller caller, Electorate electorate) {
        Long own = caller.delegateOf().filter(electorate::contains).orElse(null);
        boolean inSession = meeting.status() == MeetingStatus.IN_SESSION;
        boolean notClosed = meeting.status() != MeetingStatus.CLOSED;
        Optional<Proxy> ownProxy = own == null ? Optional.empty() : meeting.activeProxyOf(own);
        return new MeetingActions(
                caller.hasAnyRole(STAFF) && meeting.status() == MeetingStatus.PLANNED,
                caller.hasAnyRole(PRESIDING) && notClosed,
                own != null && inSession && !meeting.isPresent(own),
                own != null && inSession && meeting.isPresent(own),
                own != null && notClosed && ownProxy.isEmpty() && meeting.proxiesHeldBy(own).isEmpty(),
                ownProxy.isPresent() && meeting.proxiesRevocable(),
                caller.hasAnyRole(STAFF) && meeting.status() != MeetingStatus.PLANNED);
    }
}
