package org.icsse.governance.domain.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Outcome;
import org.icsse.governance.domain.ballot.Tally;

/**
 * The result of one ballot of the meeting as its minutes record it, generated when the ballot closes (never
 * typed): the question, the outcome, the tally and, for an adopted motion, the number of the decision.
 * Immutable. For a secret ballot too, only totals: the minutes never say who voted how.
 */
@Embeddable
public class MinutesResult {

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "motion_number", nullable = false, length = 40)
    private String motionNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(nullable = false)
    private boolean secret;

    @Column(name = "for_networks", nullable = false)
    private long forNetworks;

    @Column(name = "for_weight", nullable = false)
    private long forWeight;

    @Column(name = "against_networks", nullable = false)
    private long againstNetworks;

    @Column(name = "against_weight", nullable = false)
    private long againstWeight;

    @Column(name = "abstain_networks", nullable = false)
    private long abstainNetworks;

    @Column(name = "abstain_weight", nullable = false)
    private long abstainWeight;

    @Column(name = "decision_number", length = 20)
    private String decisionNumber;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected MinutesResult() {
        // for JPA
    }

    public MinutesResult(Long ballotId, Long itemId, String motionNumber, String title, Outcome outcome, boolean secret,
            Tally tally, String decisionNumber, Instant closedAt) {
        this.ballotId = Objects.requireNonNull(ballotId, "ballot id");
        this.itemId = itemId;
        this.motionNumber = Objects.requireNonNull(motionNumber, "motion number");
        this.title = Objects.requireNonNull(title, "title");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.secret = secret;
        this.forNetworks = tally.inFavour().networks();
        this.forWeight = tally.inFavour().weight();
        this.againstNetworks = tally.against().networks();
        this.againstWeight = tally.against().weight();
        this.abstainNetworks = tally.abstain().networks();
        this.abstainWeight = tally.abstain().weight();
        this.decisionNumber = decisionNumber;
        this.closedAt = Objects.requireNonNull(closedAt, "closed at");
    }

    public Long ballotId() {
        return ballotId;
    }

    /** The agenda item the ballot was taken on. */
    public Optional<Long> itemId() {
        return Optional.ofNullable(itemId);
    }

    public String motionNumber() {
        return motionNumber;
    }

    public String title() {
        return title;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isSecret() {
        return secret;
    }

    public Tally tally() {
        return new Tally(new Count(forNetworks, forWeight), new Count(againstNetworks, againstWeight),
                new Count(abstainNetworks, abstainWeight));
    }

    public Optional<String> decisionNumber() {
        return Optional.ofNullable(decisionNumber);
    }

    public Instant closedAt() {
        return closedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinutesResult r && Objects.equals(ballotId, r.ballotId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(ballotId);
    }
}
