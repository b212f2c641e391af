package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.body.BodyCodeConverter;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * What a motion and an amendment share: a proposing network, a number given on submission, the
 * seconds of other networks, and the status workflow of {@link MotionStatus}.
 * <p>
 * Motions and amendments share one table ({@code kind} tells them apart), so that one number sequence,
 * one unique constraint and one list serve both.
 */
@Entity
@Table(name = "motion")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 16)
@NamedQuery(name = "Proposal.awaitingSecondOf", query = "select p from Proposal p where p.status = :submitted"
        + " and p.proposerNetworkId <> :network and p.bodyId in :bodies"
        + " and not exists (select q.id from Proposal q join q.seconds s where q.id = p.id and s.networkId = :network)"
        + " order by p.submittedAt desc, p.id desc")
public abstract class Proposal {

    @Id
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Convert(converter = BodyCodeConverter.class)
    @Column(name = "body_code", nullable = false, updatable = false, length = 8)
    private BodyCode bodyCode;

    @Column(name = "proposer_network_id", nullable = false, updatable = false)
    private Long proposerNetworkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MotionStatus status = MotionStatus.DRAFT;

    @Convert(converter = MotionNumberConverter.class)
    @Column(length = 20)
    private MotionNumber number;

    /** The year and sequence of the number again, for the database's uniqueness check per body and year. */
    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_sequence")
    private Integer numberSequence;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "motion_second", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<Second> seconds = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {
        // for JPA
    }

    protected Proposal(Long id, Long bodyId, BodyCode bodyCode, Long proposerNetworkId) {
        this.id = Objects.requireNonNull(id, "id");
        this.bodyId = Objects.requireNonNull(bodyId, "bodyId");
        this.bodyCode = Objects.requireNonNull(bodyCode, "bodyCode");
        this.proposerNetworkId = Objects.requireNonNull(proposerNetworkId, "proposerNetworkId");
    }

    /**
     * Puts the draft before the body under the number the body's sequence gave it (the caller draws it,
     * so that the sequence stays without gaps under concurrent submissions).
     */
    public void submit(MotionNumber newNumber, Instant when) {
        Objects.requireNonNull(when, "when");
        if (newNumber == null) {
            throw new InvalidValueException("number", "value.required");
        }
        if (!newNumber.isOf(bodyCode)) {
            throw new InvalidValueException("number", "motion.numberOtherBody", newNumber.toString(), bodyCode.value());
        }
        moveTo(MotionStatus.SUBMITTED);
        this.number = newNumber;
        this.numberYear = newNumber.year();
        this.numberSequence = newNumber.sequence();
        this.submittedAt = when;
    }

    /** Another network supports the proposal; only while submitted, once per network, never the proposer. */
    public void second(Long networkId, Instant when) {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(when, "when");
        if (status != MotionStatus.SUBMITTED) {
            throw new ConflictException("status", "motion.secondClosed", status.name());
        }
        if (networkId.equals(proposerNetworkId)) {
            throw new ConflictException("network", "motion.secondOwn");
        }
        if (hasSeconded(networkId)) {
            throw new ConflictException("network", "motion.secondTwice");
        }
        seconds.add(new Second(networkId, when));
    }

    /** The chair or secretariat admits the proposal, when it has the seconds the body requires. */
    public void admit(int secondsRequired) {
        if (secondsRequired < 0 || secondsRequired > Body.SECONDS_MAX) {
            throw new InvalidValueException("secondsRequired", "value.range", 0, Body.SECONDS_MAX);
        }
        MotionStatus target = notFromVote(MotionStatus.ADMITTED);
        if (seconds.size() < secondsRequired) {
            throw new ConflictException("seconds", "motion.secondsMissing", seconds.size(), secondsRequired);
        }
        status = target;
    }

    public void putOnAgenda() {
        status = notFromVote(MotionStatus.ON_AGENDA);
    }

    public void postpone() {
        moveTo(MotionStatus.POSTPONED);
    }

    /** The proposer takes the proposal back; the workflow refuses it once voting has started. */
    public void withdraw(Long byNetworkId) {
        requireProposer(byNetworkId);
        moveTo(MotionStatus.WITHDRAWN);
    }

    /** The body's decision, once the vote is over. */
    public void recordOutcome(boolean adopted) {
        moveTo(adopted ? MotionStatus.ADOPTED : MotionStatus.REJECTED);
    }

    /**
     * The ballot found no quorum and decided nothing: the proposal goes back on the agenda it was voted from,
     * or back to admitted after a remote ballot, ready for a new ballot.
     */
    public void returnFromVote(boolean toAgenda) {
        if (status != MotionStatus.VOTING) {
            throw new IllegalTransitionException(status, toAgenda ? MotionStatus.ON_AGENDA : MotionStatus.ADMITTED);
        }
        status = toAgenda ? MotionStatus.ON_AGENDA : MotionStatus.ADMITTED;
    }

    /**
     * The target, when the workflow allows it and the proposal is not under vote: only a ballot without quorum
     * ({@link #returnFromVote}) takes a proposal from voting back to admitted or onto the agenda.
     */
    private MotionStatus notFromVote(MotionStatus target) {
        if (status == MotionStatus.VOTING) {
            throw new IllegalTransitionException(status, target);
        }
        return status.transitionTo(target);
    }

    /** Drafts are seen only by the proposing network's delegates; anything submitted by every member. */
    public boolean isVisibleTo(Long networkId) {
        return status != MotionStatus.DRAFT || proposerNetworkId.equals(networkId);
    }

    public boolean hasSeconded(Long networkId) {
        return seconds.stream().anyMatch(s -> s.networkId().equals(networkId));
    }

    protected final void moveTo(MotionStatus target) {
        status = status.transitionTo(target);
    }

    protected final void requireProposer(Long networkId) {
        if (!proposerNetworkId.equals(networkId)) {
            throw new AccessDeniedException("motion.onlyProposer");
        }
    }

    /** What the audit log records of the proposal. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("number", number == null ? null : number.toString());
        s.put("status", status.name());
        s.put("bodyId", bodyId);
        s.put("proposerNetworkId", proposerNetworkId);
        s.put("secondNetworkIds", seconds.stream().map(Second::networkId).toList());
        return s;
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public BodyCode bodyCode() {
        return bodyCode;
    }

    public Long proposerNetworkId() {
        return proposerNetworkId;
    }

    public MotionStatus status() {
        return status;
    }

    /** The number, once submitted; {@code null} for a draft. */
    public MotionNumber number() {
        return number;
    }

    /** When it was submitted; {@code null} for a draft. */
    public Instant submittedAt() {
        return submittedAt;
    }

    /** The seconds in the order they came. */
    public List<Second> seconds() {
        return List.copyOf(seconds);
    }
}
