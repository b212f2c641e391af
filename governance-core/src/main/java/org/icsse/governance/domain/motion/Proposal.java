package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * What a motion and an amendment share: a proposing network, a number given on submission, the
 * seconds of other networks, and the status workflow of {@link MotionStatus}.
 */
public abstract class Proposal {

    private final Long id;
    private final Long bodyId;
    private final BodyCode bodyCode;
    private final Long proposerNetworkId;
    private MotionStatus status = MotionStatus.DRAFT;
    private MotionNumber number;
    private Instant submittedAt;
    private final List<Second> seconds = new ArrayList<>();

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
        MotionStatus target = status.transitionTo(MotionStatus.ADMITTED);
        if (seconds.size() < secondsRequired) {
            throw new ConflictException("seconds", "motion.secondsMissing", seconds.size(), secondsRequired);
        }
        status = target;
    }

    public void putOnAgenda() {
        moveTo(MotionStatus.ON_AGENDA);
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
