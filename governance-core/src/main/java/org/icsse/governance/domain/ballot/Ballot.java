package org.icsse.governance.domain.ballot;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * One vote of a body on one question — a motion or an amendment — taken in a meeting (opened and closed by
 * the chair) or remotely (with a deadline, closed when it passes).
 * <p>
 * Opening fixes everything the result will rest on: the rules (majority, double majority, quorum), whether the
 * ballot is secret, and the electorate's size and weight ({@code |E|}, {@code w(E)}; the entitled networks
 * themselves are {@link Elector} rows written with it). Closing counts once: the {@link Result} is kept and
 * never changes. The votes are {@link Vote} rows of their own, so that a cast touches one network's row and
 * never the whole ballot.
 */
@Entity
@Table(name = "ballot")
@NamedQuery(name = "Ballot.ofMeeting", query = "SELECT b FROM Ballot b WHERE b.meetingId = :meeting ORDER BY b.openedAt, b.id")
@NamedQuery(name = "Ballot.ofMotion", query = "SELECT b FROM Ballot b WHERE b.motionId = :motion ORDER BY b.openedAt, b.id")
@NamedQuery(name = "Ballot.openWithElector", query = "SELECT b FROM Ballot b WHERE b.status = :open AND EXISTS"
        + " (SELECT e FROM Elector e WHERE e.ballotId = b.id AND e.networkId IN :networks) ORDER BY b.openedAt, b.id")
@NamedQuery(name = "Ballot.dueForClosing", query = "SELECT b.id FROM Ballot b WHERE b.status = :open"
        + " AND b.closesAt IS NOT NULL AND b.closesAt <= :now ORDER BY b.closesAt, b.id")
public class Ballot {

    /** The longest a remote ballot may stay open. */
    public static final Duration LONGEST_REMOTE = Duration.ofDays(90);
    /** The shortest time a remote ballot gives the networks to vote. */
    public static final Duration SHORTEST_REMOTE = Duration.ofMinutes(5);

    @Id
    private Long id;

    @Column(name = "motion_id", nullable = false, updatable = false)
    private Long motionId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MajorityRule majority;

    @Column(name = "double_majority", nullable = false, updatable = false)
    private boolean doubleMajority;

    @Column(name = "quorum_networks_percent", nullable = false, updatable = false)
    private int quorumNetworksPercent;

    @Column(name = "quorum_weight_percent", nullable = false, updatable = false)
    private int quorumWeightPercent;

    @Column(nullable = false, updatable = false)
    private boolean secret;

    @Column(name = "closes_at", updatable = false)
    private Instant closesAt;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64, updatable = false)
    private String openedBy;

    @Column(name = "electorate_networks", nullable = false, updatable = false)
    private long electorateNetworks;

    @Column(name = "electorate_weight", nullable = false, updatable = false)
    private long electorateWeight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BallotStatus status = BallotStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(name = "for_networks")
    private Long forNetworks;

    @Column(name = "for_weight")
    private Long forWeight;

    @Column(name = "against_networks")
    private Long againstNetworks;

    @Column(name = "against_weight")
    private Long againstWeight;

    @Column(name = "abstain_networks")
    private Long abstainNetworks;

    @Column(name = "abstain_weight")
    private Long abstainWeight;

    @Column(name = "quorum_reached")
    private Boolean quorumReached;

    @Column(name = "majority_reached")
    private Boolean majorityReached;

    @Version
    private long version;

    protected Ballot() {
        // for JPA
    }

    private Ballot(Long id, Long motionId, Long bodyId, Long meetingId, Long agendaItemId, BallotRules rules,
            boolean secret, Instant closesAt, Electorate electorate, String openedBy, Instant when) {
        this.id = Objects.requireNonNull(id, "id");
        this.motionId = Objects.requireNonNull(motionId, "motion id");
        this.bodyId = Objects.requireNonNull(bodyId, "body id");
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.majority = rules.majority();
        this.doubleMajority = rules.doubleMajority();
        this.quorumNetworksPercent = rules.quorum().networks().value();
        this.quorumWeightPercent = rules.quorum().weight().value();
        this.secret = secret;
        this.closesAt = closesAt;
        this.electorateNetworks = electorate.count();
        this.electorateWeight = electorate.totalWeight();
        this.openedBy = Objects.requireNonNull(openedBy, "opened by");
        this.openedAt = when;
    }

    /**
     * A ballot of a meeting in session, on the agenda item under discussion; the chair closes it.
     *
     * @throws ConflictException ({@code ballot.noElectorate}) when no network is entitled to vote
     */
    public static Ballot inMeeting(Long id, Long motionId, Long bodyId, long meetingId, long agendaItemId,
            BallotRules rules, boolean secret, Electorate electorate, String openedBy, Instant when) {
        check(rules, electorate, when);
        return new Ballot(id, motionId, bodyId, meetingId, agendaItemId, rules, secret, null, electorate, openedBy, when);
    }

    /**
     * A remote ballot, outside any meeting, closed when its deadline passes: at least {@link #SHORTEST_REMOTE}
     * and at most {@link #LONGEST_REMOTE} after it opens.
     *
     * @throws InvalidValueException ({@code closesAt}) for a deadline outside those bounds
     * @throws ConflictException ({@code ballot.noElectorate}) when no network is entitled to vote
     */
    public static Ballot remote(Long id, Long motionId, Long bodyId, BallotRules rules, boolean secret,
            Instant closesAt, Electorate electorate, String openedBy, Instant when) {
        check(rules, electorate, when);
        if (closesAt == null) {
            throw new InvalidValueException("closesAt", "value.required");
        }
        if (closesAt.isBefore(when.plus(SHORTEST_REMOTE))) {
            throw new InvalidValueException("closesAt", "ballot.deadlineTooSoon", SHORTEST_REMOTE.toMinutes());
        }
        if (closesAt.isAfter(when.plus(LONGEST_REMOTE))) {
            throw new InvalidValueException("closesAt", "ballot.deadlineTooFar", LONGEST_REMOTE.toDays());
        }
        return new Ballot(id, motionId, bodyId, null, null, rules, secret, closesAt, electorate, openedBy, when);
    }

    private static void check(BallotRules rules, Electorate electorate, Instant when) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(when, "when");
        if (electorate.count() == 0) {
            throw new ConflictException("electorate", "ballot.noElectorate");
        }
    }

    /**
     * Refuses a vote unless the ballot takes votes at {@code now}: open, and before its deadline if it has one
     * (a remote ballot past its deadline takes no vote even before the job closes it).
     *
     * @throws ConflictException ({@code ballot.closed} or {@code ballot.deadlinePassed})
     */
    public void requireTakingVotes(Instant now) {
        if (status == BallotStatus.CLOSED) {
            throw new ConflictException("ballot", "ballot.closed");
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            throw new ConflictException("ballot", "ballot.deadlinePassed");
        }
    }

    /** Whether the ballot takes votes at {@code now}. */
    public boolean takesVotes(Instant now) {
        return status == BallotStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    /**
     * Closes the ballot on the votes as counted: decides the outcome by its rules and keeps the result for good.
     *
     * @throws ConflictException ({@code ballot.closed}) if it was closed already
     */
    public Result close(Tally tally, String by, Instant when) {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(when, "when");
        if (status == BallotStatus.CLOSED) {
            throw new ConflictException("ballot", "ballot.closed");
        }
        Result result = Result.decide(rules(), electorate(), tally);
        status = BallotStatus.CLOSED;
        closedAt = when.isBefore(openedAt) ? openedAt : when;
        closedBy = by;
        outcome = result.outcome();
        forNetworks = tally.inFavour().networks();
        forWeight = tally.inFavour().weight();
        againstNetworks = tally.against().networks();
        againstWeight = tally.against().weight();
        abstainNetworks = tally.abstain().networks();
        abstainWeight = tally.abstain().weight();
        quorumReached = result.quorumReached();
        majorityReached = result.majorityReached();
        return result;
    }

    /** The result, once closed. */
    public Optional<Result> result() {
        if (status != BallotStatus.CLOSED) {
            return Optional.empty();
        }
        Tally tally = new Tally(new Count(forNetworks, forWeight), new Count(againstNetworks, againstWeight),
                new Count(abstainNetworks, abstainWeight));
        return Optional.of(new Result(outcome, tally, electorate(), quorumReached, majorityReached));
    }

    public BallotRules rules() {
        return new BallotRules(majority, doubleMajority, QuorumRule.of(quorumNetworksPercent, quorumWeightPercent));
    }

    /** {@code |E|} and {@code w(E)}, frozen when the ballot opened. */
    public Count electorate() {
        return new Count(electorateNetworks, electorateWeight);
    }

    /** What the audit log records of the ballot: never a vote. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("motionId", motionId);
        s.put("meetingId", meetingId);
        s.put("status", status.name());
        s.put("majority", majority.name());
        s.put("doubleMajority", doubleMajority);
        s.put("quorumNetworksPercent", quorumNetworksPercent);
        s.put("quorumWeightPercent", quorumWeightPercent);
        s.put("secret", secret);
        s.put("closesAt", closesAt == null ? null : closesAt.toString());
        s.put("electorateNetworks", electorateNetworks);
        s.put("electorateWeight", electorateWeight);
        result().ifPresent(r -> {
            s.put("outcome", r.outcome().name());
            s.put("for", r.tally().inFavour().networks() + "/" + r.tally().inFavour().weight());
            s.put("against", r.tally().against().networks() + "/" + r.tally().against().weight());
            s.put("abstain", r.tally().abstain().networks() + "/" + r.tally().abstain().weight());
        });
        return s;
    }

    public Long id() {
        return id;
    }

    public Long motionId() {
        return motionId;
    }

    public Long bodyId() {
        return bodyId;
    }

    /** The meeting the ballot is taken in; none for a remote ballot. */
    public Optional<Long> meetingId() {
        return Optional.ofNullable(meetingId);
    }

    public Optional<Long> agendaItemId() {
        return Optional.ofNullable(agendaItemId);
    }

    public boolean isRemote() {
        return closesAt != null;
    }

    public boolean isSecret() {
        return secret;
    }

    public Optional<Instant> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public BallotStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == BallotStatus.OPEN;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    @Override
    public String toString() {
        return "ballot " + id + " on motion " + motionId;
    }
}
