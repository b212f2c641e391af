package org.icsse.governance.application.ballot;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.meeting.MeetingChanged;
import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.ballot.Ballot;
import org.icsse.governance.domain.ballot.BallotRules;
import org.icsse.governance.domain.ballot.BallotSeal;
import org.icsse.governance.domain.ballot.Ballots;
import org.icsse.governance.domain.ballot.Choice;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Elector;
import org.icsse.governance.domain.ballot.Outcome;
import org.icsse.governance.domain.ballot.ReceiptCode;
import org.icsse.governance.domain.ballot.Result;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.domain.ballot.Vote;
import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.decision.Decision;
import org.icsse.governance.domain.decision.Decisions;
import org.icsse.governance.domain.meeting.AgendaItem;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.meeting.Meeting;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.meeting.Meetings;
import org.icsse.governance.domain.meeting.Minutes;
import org.icsse.governance.domain.meeting.MinutesResult;
import org.icsse.governance.domain.meeting.Proxy;
import org.icsse.governance.domain.motion.Amendment;
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
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * Ballots from opening to result.
 * <ul>
 * <li><b>Open</b> (chair or secretariat): in a meeting, on the motion (or one of its amendments) under discussion
 * in the body's sitting; or remotely, on an admitted motion, with a deadline. The electorate is frozen: the
 * body's member networks in good standing and their weights, now.</li>
 * <li><b>Cast</b> (a delegate): for their own network, or in a meeting for a network whose proxy their network
 * holds; again to change it (only the latest counts). Each cast returns a new receipt.</li>
 * <li><b>Close</b> (chair or secretariat, or the batch job at the deadline): count, decide by the ballot's rules,
 * move the motion on (an adopted amendment is written into its motion; an adopted motion enters the decisions
 * register), and record the result in the meeting's minutes.</li>
 * <li>After closing, the body's members read the receipts counted and, for a named ballot, the roll call; the
 * secretariat may recount from the stored votes.</li>
 * </ul>
 * Secrecy: nothing here returns, logs or audits which network chose what in a secret ballot. The audit log
 * records that a network voted, never its choice or receipt.
 */
@ApplicationScoped
@Transactional
public class BallotService {

    /** Who opens and closes ballots (the API's contract: the chair or the secretariat). */
    private static final Set<Role> PRESIDING = Set.of(Role.CHAIR, Role.SECRETARIAT);
    /** Who reads everything published of a ballot without being a member of its body. */
    private static final Set<Role> OFFICERS = Set.of(Role.CHAIR, Role.SECRETARIAT, Role.ADMIN);

    @Inject
    Ballots ballots;

    @Inject
    Motions motions;

    @Inject
    Meetings meetings;

    @Inject
    Bodies bodies;

    @Inject
    MemberNetworks networks;

    @Inject
    Decisions decisions;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Event<BallotChanged> ballotChanges;

    @Inject
    Event<MeetingChanged> meetingChanges;

    private final SecureRandom random = new SecureRandom();

    /** The chair or the secretariat opens a ballot on a motion or an amendment. */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT})
    public BallotView open(BallotForm form) {
        Caller caller = callers.current();
        if (form.motionId() == null) {
            throw new InvalidValueException("motionId", "value.required");
        }
        Proposal proposal = motions.findById(form.motionId())
                .orElseThrow(() -> new InvalidValueException("motionId", "motion.unknown", form.motionId()));
        Body body = bodies.getById(proposal.bodyId());
        Violations violations = new Violations();
        BallotRules rules = violations.check(() -> rules(form, body));
        Instant closesAt = violations.check(() -> instant("closesAt", form.closesAt()));
        violations.throwIfAny();

        proposal = motions.getForChange(proposal.id());
        Map<String, Object> proposalBefore = proposal.snapshot();
        Instant now = clock.instant();
        Electorate electorate = electorate(body);
        boolean secret = Boolean.TRUE.equals(form.secret());
        long id = ballots.nextId();
        Ballot ballot;
        Meeting meeting = null;
        if (closesAt == null) {
            meeting = sittingOn(proposal);
            long itemId = meeting.currentItem().map(AgendaItem::id).orElseThrow();
            ballot = Ballot.inMeeting(id, proposal.id(), body.id(), meeting.id(), itemId, rules, secret, electorate,
                    caller.name(), now);
            if (proposal.status() != MotionStatus.ON_AGENDA) {
                throw new ConflictException("motionId", "ballot.notOnAgenda", proposal.status().name());
            }
        } else {
            ballot = Ballot.remote(id, proposal.id(), body.id(), rules, secret, closesAt, electorate, caller.name(), now);
            if (proposal.status() != MotionStatus.ADMITTED) {
                throw new ConflictException("motionId", "ballot.remoteNotAdmitted", proposal.status().name());
            }
        }
        startVoting(proposal);
        List<Elector> electors = electorate.networkIds().stream()
                .map(network -> new Elector(id, network, electorate.weightOf(network))).toList();
        ballots.add(ballot, BallotSeal.fresh(id, random), electors);
        motions.flush();
        if (meeting != null) {
            Meeting locked = meetings.getForChange(meeting.id());
            locked.firstBallotOpened(now);
            meetings.flush();
        }
        audit.record("ballot.opened", "ballot", id, null, ballot.snapshot());
        audit.record("motion.votingStarted", "motion", proposal.id(), proposalBefore, proposal.snapshot());
        announce(ballot);
        return view(ballot, caller);
    }

    /**
     * A delegate casts the vote of a network: their own, or one whose proxy their network holds in the ballot's
     * meeting. Casting again replaces the choice and gives a new receipt.
     *
     * @throws AccessDeniedException when the caller may not vote for that network, or it is not in the electorate
     * @throws ConflictException when the ballot takes no more votes
     */
    @RequiresRole(Role.DELEGATE)
    public VoteReceipt cast(long ballotId, long networkId, String choiceName) {
        Caller caller = callers.current();
        Choice choice = Texts.requireEnum("choice", Choice.class, choiceName);
        Ballot ballot = ballots.getForCast(ballotId);
        requireVoterFor(caller, ballot, networkId);
        Elector elector = ballots.findElectorForVote(ballotId, networkId)
                .orElseThrow(() -> new AccessDeniedException("ballot.notInElectorate"));
        Instant now = clock.instant();
        ballot.requireTakingVotes(now);
        String slot = ballots.seal(ballotId).slotOf(networkId);
        ReceiptCode receipt = ReceiptCode.random(random);
        Optional<Vote> previous = ballots.findVote(ballotId, slot);
        if (previous.isPresent()) {
            previous.get().replace(choice, receipt, now);
        } else {
            ballots.addVote(Vote.first(ballot, elector, slot, choice, receipt, now));
        }
        elector.voted(now);
        ballots.flush();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("networkId", networkId);
        record.put("byNetworkId", caller.delegateOf().orElse(null));
        audit.record("ballot.voted", "ballot", ballotId, null, record);
        // a vote changes the ballot only: the meeting's pages are not told (a ballot opening or closing tells them)
        ballotChanges.fire(new BallotChanged(ballot.id(), ballot.meetingId().orElse(null)));
        return new VoteReceipt(ballotId, networkId, choice, receipt.value(), now);
    }

    /**
     * The network's current vote, for those who vote for it (its delegates, the holder of its proxy in the
     * ballot's meeting). Once a secret ballot has closed, the choice is no longer shown: the receipt is.
     */
    @RequiresRole(Role.DELEGATE)
    public VoteReceipt ownVote(long ballotId, long networkId) {
        Caller caller = callers.current();
        Ballot ballot = ballots.getById(ballotId);
        requireVoterFor(caller, ballot, networkId);
        return currentVote(ballot, networkId).orElseThrow(() -> new NotFoundException("vote", networkId));
    }

    /** The chair or the secretariat closes a ballot: counted, decided, recorded. */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT})
    public BallotView close(long ballotId) {
        Caller caller = callers.current();
        Closed closed = closeLocked(ballotId, caller.name());
        // the decision, if any, was recorded just now: its number comes from the close, not read back (and flushed)
        return view(closed.ballot(), caller, closed.decisionNumber());
    }

    /** A ballot just closed, and the number of the decision its result entered in the register, if one did. */
    private record Closed(Ballot ballot, String decisionNumber) {
    }

    /**
     * Closes a remote ballot whose deadline has passed, as the scheduled job does; a ballot already closed, or
     * not yet due, is left as it is. Safe to call twice at once: one closes, the other finds it closed.
     *
     * @return whether this call closed it
     */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT})
    public boolean closeIfDue(long ballotId) {
        Ballot ballot = ballots.getForClose(ballotId);
        Instant now = clock.instant();
        if (!ballot.isOpen() || ballot.closesAt().map(now::isBefore).orElse(true)) {
            return false;
        }
        closeLocked(ballotId, callers.current().name());
        return true;
    }

    /** The ids of the open remote ballots whose deadline has passed. */
    @RequiresRole({Role.CHAIR, Role.SECRETARIAT})
    public List<Long> dueForClosing() {
        return ballots.dueForClosing(clock.instant());
    }

    private Closed closeLocked(long ballotId, String by) {
        Ballot ballot = ballots.getForClose(ballotId);
        if (!ballot.isOpen()) {
            throw new ConflictException("ballot", "ballot.closed");
        }
        Instant now = clock.instant();
        Result result = ballot.close(ballots.tally(ballotId), by, now);
        ballots.flush();

        Proposal proposal = motions.getForChange(ballot.motionId());
        Map<String, Object> before = proposal.snapshot();
        if (result.outcome() == Outcome.NO_QUORUM) {
            proposal.returnFromVote(ballot.meetingId().isPresent());
        } else {
            proposal.recordOutcome(result.adopted());
        }
        motions.flush();
        audit.record("ballot.closed", "ballot", ballotId, null, ballot.snapshot());
        audit.record("motion.decided", "motion", proposal.id(), before, proposal.snapshot());

        Decision decision = null;
        if (result.adopted() && proposal instanceof Amendment amendment) {
            Motion motion = (Motion) motions.getForChange(amendment.motionId());
            Map<String, Object> motionBefore = motion.snapshot();
            motion.applyAdoptedAmendment(amendment, now);
            motions.flush();
            audit.record("motion.amended", "motion", motion.id(), motionBefore, motion.snapshot());
        } else if (result.adopted() && proposal instanceof Motion motion) {
            decision = new Decision(decisions.nextId(), decisions.nextNumber(now.atZone(ZoneOffset.UTC).getYear()),
                    motion.bodyId(), motion.id(), String.valueOf(motion.number()), ballotId,
                    ballot.meetingId().orElse(null), motion.title(), motion.text(), now);
            decisions.add(decision);
            audit.record("decision.recorded", "decision", decision.id(), null, decision.snapshot());
        }
        if (ballot.meetingId().isPresent()) {
            recordInMinutes(ballot, proposal, result, decision, now);
        }
        announce(ballot);
        return new Closed(ballot, decision == null ? null : decision.number().toString());
    }

    /** The result goes into the meeting's minutes, drafted now if the secretariat has not started them. */
    private void recordInMinutes(Ballot ballot, Proposal proposal, Result result, Decision decision, Instant now) {
        long meetingId = ballot.meetingId().orElseThrow();
        Minutes minutes;
        if (meetings.findMinutes(meetingId).isEmpty()) {
            meetings.addMinutes(Minutes.draftFor(meetings.getById(meetingId)));
        }
        minutes = meetings.getMinutesForChange(meetingId);
        if (minutes.isApproved()) {
            // approved minutes never change; the decision is in the register all the same
            return;
        }
        Map<String, Object> before = minutes.snapshot();
        minutes.recordResult(new MinutesResult(ballot.id(), ballot.agendaItemId().orElse(null),
                String.valueOf(proposal.number()), titleOf(proposal), result.outcome(), ballot.isSecret(), result.tally(),
                decision == null ? null : decision.number().toString(), now));
        meetings.flush();
        audit.record("minutes.resultRecorded", "minutes", meetingId, before, minutes.snapshot());
    }

    /** A ballot as the caller may see it. */
    @RequiresRole
    public BallotView get(long ballotId) {
        return view(ballots.getById(ballotId), callers.current());
    }

    /** The ballots of a meeting, in the order they opened. */
    @RequiresRole
    public List<BallotView> ofMeeting(long meetingId) {
        Caller caller = callers.current();
        meetings.getById(meetingId);
        return ballots.ofMeeting(meetingId).stream().map(b -> view(b, caller)).toList();
    }

    /** The ballots taken on a motion or an amendment. */
    @RequiresRole
    public List<BallotView> ofMotion(long motionId) {
        Caller caller = callers.current();
        motions.getById(motionId);
        return ballots.ofMotion(motionId).stream().map(b -> view(b, caller)).toList();
    }

    /** The open ballots the calling delegate votes on, with the networks they vote for and their current votes. */
    @RequiresRole(Role.DELEGATE)
    public List<VotingCard> votingCards() {
        Caller caller = callers.current();
        long own = caller.delegateOf().orElseThrow(() -> new AccessDeniedException("access.denied"));
        Instant now = clock.instant();
        List<VotingCard> cards = new ArrayList<>();
        // a proxy holder's own network is in the body (proxies are given within the electorate): its ballots are all
        for (Ballot ballot : ballots.openWithElector(List.of(own))) {
            List<VotingCard.NetworkVote> rows = new ArrayList<>();
            for (Long network : votersFor(ballot, own)) {
                if (ballots.findElector(ballot.id(), network).isPresent()) {
                    rows.add(new VotingCard.NetworkVote(NetworkRef.of(networks.getById(network)), network != own,
                            currentVote(ballot, network).orElse(null)));
                }
            }
            if (!rows.isEmpty() && ballot.takesVotes(now)) {
                cards.add(new VotingCard(view(ballot, caller), rows));
            }
        }
        return cards;
    }

    /** After closing, the receipts counted, sorted: published to the body's members. */
    @RequiresRole
    public List<String> receipts(long ballotId) {
        Ballot ballot = ballots.getById(ballotId);
        requireBodyReader(callers.current(), ballot);
        if (ballot.isOpen()) {
            throw new ConflictException("ballot", "ballot.stillOpen");
        }
        return ballots.receipts(ballotId).stream().map(ReceiptCode::value).toList();
    }

    /** After closing a named ballot, each network's choice; a secret ballot has no roll call. */
    @RequiresRole
    public List<RollCallLine> rollCall(long ballotId) {
        Ballot ballot = ballots.getById(ballotId);
        requireBodyReader(callers.current(), ballot);
        if (ballot.isSecret()) {
            throw new AccessDeniedException("ballot.secret");
        }
        if (ballot.isOpen()) {
            throw new ConflictException("ballot", "ballot.stillOpen");
        }
        Map<Long, Choice> choices = new HashMap<>();
        ballots.votes(ballotId).forEach(v -> v.choice().ifPresent(c -> choices.put(v.networkId().orElseThrow(), c)));
        List<Elector> electors = ballots.electors(ballotId);
        Map<Long, MemberNetwork> byId = networksById(electors.stream().map(Elector::networkId).toList());
        return electors.stream()
                .map(e -> new RollCallLine(NetworkRef.of(byId.get(e.networkId())), e.weight().value(),
                        choices.get(e.networkId())))
                .sorted((a, b) -> a.network().acronym().compareTo(b.network().acronym()))
                .toList();
    }

    /**
     * The secretariat recounts a closed ballot from its stored votes, one by one, against the electorate frozen
     * at opening — not with the query the closing used — and compares with the result kept.
     */
    @RequiresRole(Role.SECRETARIAT)
    public Recount recount(long ballotId) {
        Ballot ballot = ballots.getById(ballotId);
        Result stored = ballot.result().orElseThrow(() -> new ConflictException("ballot", "ballot.stillOpen"));
        // archiving a secret ballot's meeting destroyed the seal and the choices: there is nothing left to recount
        BallotSeal seal = ballots.findSeal(ballotId).orElseThrow(() -> new ConflictException("ballot", "ballot.archived"));
        Map<String, Elector> bySlot = new HashMap<>();
        Map<Long, Weight> weights = new LinkedHashMap<>();
        for (Elector elector : ballots.electors(ballotId)) {
            bySlot.put(seal.slotOf(elector.networkId()), elector);
            weights.put(elector.networkId(), elector.weight());
        }
        List<String> problems = new ArrayList<>();
        Map<Long, Choice> votes = new HashMap<>();
        List<Vote> storedVotes = ballots.votes(ballotId);
        for (Vote vote : storedVotes) {
            Elector elector = bySlot.get(vote.slot());
            String receipt = vote.receipt().value();
            if (elector == null) {
                problems.add("receipt " + receipt + ": no network of the electorate votes under its slot");
                continue;
            }
            if (vote.weight().map(w -> w != elector.weight().value()).orElse(true)) {
                problems.add("receipt " + receipt + ": weight differs from the electorate's");
            }
            if (vote.isSecret() != ballot.isSecret()
                    || (!vote.isSecret() && !vote.networkId().map(elector.networkId()::equals).orElse(false))) {
                problems.add("receipt " + receipt + ": names another network than its slot");
            }
            if (!elector.hasVoted()) {
                problems.add("receipt " + receipt + ": its network is not recorded as having voted");
            }
            vote.choice().ifPresentOrElse(c -> votes.put(elector.networkId(), c),
                    () -> problems.add("receipt " + receipt + ": no choice"));
        }
        Result recomputed = Result.decide(ballot.rules(), new Electorate(weights), votes);
        return new Recount(ballotId, stored, recomputed, storedVotes.size(), problems);
    }

    // rules, parsing and checks

    private static BallotRules rules(BallotForm form, Body body) {
        Violations violations = new Violations();
        MajorityRule majority = form.majority() == null ? body.rules().majority()
                : violations.check(() -> Texts.requireEnum("majority", MajorityRule.class, form.majority()));
        QuorumRule standing = body.rules().quorum();
        int networksPercent = form.quorumNetworksPercent() == null ? standing.networks().value() : form.quorumNetworksPercent();
        int weightPercent = form.quorumWeightPercent() == null ? standing.weight().value() : form.quorumWeightPercent();
        QuorumRule quorum = violations.check(() -> QuorumRule.of(networksPercent, weightPercent));
        violations.throwIfAny();
        return new BallotRules(majority, Boolean.TRUE.equals(form.doubleMajority()), quorum);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "value.instant");
        }
    }

    /** The body's member networks in good standing, with their weights, as the register has them now. */
    private static Electorate electorate(Body body) {
        Map<Long, Weight> weights = new LinkedHashMap<>();
        body.members().stream().filter(n -> n.status().isVoting()).forEach(n -> weights.put(n.id(), n.weight()));
        return new Electorate(weights);
    }

    /** The body's meeting in session whose current agenda item is the motion (or the motion amended). */
    private Meeting sittingOn(Proposal proposal) {
        long motionId = proposal instanceof Amendment a ? a.motionId() : proposal.id();
        return meetings.ofBody(proposal.bodyId()).stream()
                .filter(m -> m.status() == MeetingStatus.IN_SESSION)
                .filter(m -> m.currentItem().map(item -> item.isMotion() && item.motionId() == motionId).orElse(false))
                .findFirst()
                .orElseThrow(() -> new ConflictException("motionId", "ballot.notUnderDiscussion"));
    }

    private void startVoting(Proposal proposal) {
        if (proposal instanceof Amendment amendment) {
            amendment.startVoting();
        } else {
            Motion motion = (Motion) proposal;
            List<Amendment> amendments = motion.amendmentIds().stream()
                    .map(id -> (Amendment) motions.getById(id)).toList();
            motion.startVoting(amendments);
        }
    }

    /** The caller votes for the network: it is theirs, or its proxy is held by theirs in the ballot's meeting. */
    private void requireVoterFor(Caller caller, Ballot ballot, long networkId) {
        long own = caller.delegateOf().orElseThrow(() -> new AccessDeniedException("ballot.notYourNetwork"));
        // a delegate voting for their own network needs no look at the meeting's proxies (one query less per cast)
        if (own != networkId && !votersFor(ballot, own).contains(networkId)) {
            throw new AccessDeniedException("ballot.notYourNetwork");
        }
    }

    /** The networks a delegate of {@code own} votes for on the ballot: own, and the givers of proxies it holds. */
    private List<Long> votersFor(Ballot ballot, long own) {
        List<Long> voters = new ArrayList<>();
        voters.add(own);
        ballot.meetingId().flatMap(meetings::findById).ifPresent(meeting ->
                meeting.proxiesHeldBy(own).stream().filter(Proxy::isActive).map(Proxy::giverNetworkId).forEach(voters::add));
        return voters;
    }

    private Optional<VoteReceipt> currentVote(Ballot ballot, long networkId) {
        Optional<BallotSeal> seal = ballots.findSeal(ballot.id());
        if (seal.isEmpty()) {
            return Optional.empty(); // archived: no vote can be told apart any more
        }
        String slot = seal.get().slotOf(networkId);
        return ballots.findVote(ballot.id(), slot).map(vote -> new VoteReceipt(ballot.id(), networkId,
                ballot.isSecret() && !ballot.isOpen() ? null : vote.choice().orElse(null),
                vote.receipt().value(), vote.castAt().orElse(null)));
    }

    /** Receipts and roll calls are published to the body's members: its networks' delegates, and the officers. */
    private void requireBodyReader(Caller caller, Ballot ballot) {
        if (caller.isSystem() || caller.hasAnyRole(OFFICERS)) {
            return;
        }
        Long own = caller.delegateOf().orElse(null);
        boolean member = own != null && bodies.getById(ballot.bodyId()).members().stream().anyMatch(n -> n.id().equals(own));
        if (!member) {
            throw new AccessDeniedException("ballot.notBodyMember");
        }
    }

    private boolean isBodyReader(Caller caller, Ballot ballot) {
        try {
            requireBodyReader(caller, ballot);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** A ballot opened or closed: its live parts and, for a meeting ballot, the meeting's pages are told. */
    private void announce(Ballot ballot) {
        ballotChanges.fire(new BallotChanged(ballot.id(), ballot.meetingId().orElse(null)));
        ballot.meetingId().ifPresent(meeting -> meetingChanges.fire(new MeetingChanged(meeting)));
    }

    private static String titleOf(Proposal proposal) {
        return proposal instanceof Motion m ? m.title() : ((Amendment) proposal).title();
    }

    private Map<Long, MemberNetwork> networksById(Collection<Long> ids) {
        return networks.getAllById(ids).stream().collect(Collectors.toMap(MemberNetwork::id, Function.identity()));
    }

    private BallotView view(Ballot ballot, Caller caller) {
        String decisionNumber = ballot.isOpen() ? null
                : decisions.findByBallot(ballot.id()).map(d -> d.number().toString()).orElse(null);
        return view(ballot, caller, decisionNumber);
    }

    /** A ballot as the caller may see it, with the number of the decision it made ({@code null}: none, or still open). */
    private BallotView view(Ballot ballot, Caller caller, String decisionNumber) {
        Proposal proposal = motions.getById(ballot.motionId());
        Body body = bodies.getById(ballot.bodyId());
        boolean open = ballot.isOpen();
        // a closed ballot's participation is in its result (every network that voted has one counted vote): closing
        // a ballot of 100,000 votes then reads its votes once, in the count, and not a second time for the view
        Count participation = ballot.result().filter(result -> !open).map(result -> result.tally().participation())
                .orElseGet(() -> ballots.participation(ballot.id()));
        Tally live = open && !ballot.isSecret() && caller.hasAnyRole(PRESIDING) ? ballots.tally(ballot.id()) : null;
        List<NetworkRef> voteFor = new ArrayList<>();
        Optional<Long> own = caller.delegateOf();
        if (own.isPresent() && ballot.takesVotes(clock.instant())) {
            for (Long network : votersFor(ballot, own.get())) {
                if (ballots.findElector(ballot.id(), network).isPresent()) {
                    voteFor.add(NetworkRef.of(networks.getById(network)));
                }
            }
        }
        boolean reader = isBodyReader(caller, ballot);
        BallotView.Actions actions = new BallotView.Actions(open && caller.hasAnyRole(PRESIDING), voteFor,
                !open && reader, !open && reader && !ballot.isSecret(), !open && caller.hasAnyRole(Set.of(Role.SECRETARIAT)));
        BallotRules rules = ballot.rules();
        Count electorate = ballot.electorate();
        return new BallotView(ballot.id(), proposal.id(), String.valueOf(proposal.number()), titleOf(proposal),
                proposal instanceof Amendment a ? a.motionId() : null, body.id(), body.code().value(),
                ballot.meetingId().orElse(null), ballot.status(), rules.majority(), rules.doubleMajority(),
                rules.quorum().networks().value(), rules.quorum().weight().value(), ballot.isSecret(),
                ballot.closesAt().orElse(null), ballot.openedAt(), ballot.closedAt().orElse(null), electorate,
                participation, rules.quorum().networksNeeded(electorate.networks()),
                rules.quorum().weightNeeded(electorate.weight()), live, ballot.result().orElse(null), decisionNumber,
                actions);
    }
}
