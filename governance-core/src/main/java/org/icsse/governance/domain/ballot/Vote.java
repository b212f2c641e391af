package org.icsse.governance.domain.ballot;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The vote of one network on one ballot — at most one, under the network's {@link BallotSeal#slotOf slot} —
 * with its choice, its weight and the receipt of the latest cast. Casting again replaces choice and receipt.
 * <p>
 * A <em>named</em> vote also says whose it is and when it was cast (the roll call). A <em>secret</em> vote says
 * neither: nothing in it names the network, and its slot is an HMAC that only the ballot's seal can match to
 * a network. When the meeting is archived, the seal goes and the choice is blanked: only the receipt stays.
 */
@Entity
@Table(name = "ballot_vote")
@IdClass(Vote.Key.class)
public class Vote {

    @Id
    @Column(name = "ballot_id")
    private Long ballotId;

    @Id
    @Column(length = 64)
    private String slot;

    @Column(nullable = false, updatable = false)
    private boolean secret;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Choice choice;

    @Column
    private Integer weight;

    @Column(nullable = false, length = 19)
    private String receipt;

    @Column(name = "network_id", updatable = false)
    private Long networkId;

    @Column(name = "cast_at")
    private Instant castAt;

    protected Vote() {
        // for JPA
    }

    private Vote(Ballot ballot, String slot, Elector elector) {
        this.ballotId = Objects.requireNonNull(ballot.id(), "ballot id");
        this.slot = Objects.requireNonNull(slot, "slot");
        this.secret = ballot.isSecret();
        this.weight = elector.weight().value();
        this.networkId = secret ? null : elector.networkId();
    }

    /**
     * The first vote of an elector on a ballot.
     *
     * @param slot the elector's slot under the ballot's seal
     */
    public static Vote first(Ballot ballot, Elector elector, String slot, Choice choice, ReceiptCode receipt, Instant when) {
        if (!Objects.equals(ballot.id(), elector.ballotId())) {
            throw new IllegalArgumentException(elector.networkId() + " is an elector of ballot " + elector.ballotId());
        }
        Vote vote = new Vote(ballot, slot, elector);
        vote.replace(choice, receipt, when);
        return vote;
    }

    /** The network casts again: the new choice and receipt replace the old ones. */
    public void replace(Choice newChoice, ReceiptCode newReceipt, Instant when) {
        this.choice = Objects.requireNonNull(newChoice, "choice");
        this.receipt = Objects.requireNonNull(newReceipt, "receipt").value();
        Objects.requireNonNull(when, "when");
        this.castAt = secret ? null : when;
    }

    public Long ballotId() {
        return ballotId;
    }

    public String slot() {
        return slot;
    }

    public boolean isSecret() {
        return secret;
    }

    /** The choice; none once an archived secret ballot's choices are destroyed. */
    public Optional<Choice> choice() {
        return Optional.ofNullable(choice);
    }

    public Optional<Integer> weight() {
        return Optional.ofNullable(weight);
    }

    public ReceiptCode receipt() {
        return new ReceiptCode(receipt);
    }

    /** The voting network, for a named ballot; never for a secret one. */
    public Optional<Long> networkId() {
        return Optional.ofNullable(networkId);
    }

    /** When the latest cast came, for a named ballot; never for a secret one. */
    public Optional<Instant> castAt() {
        return Optional.ofNullable(castAt);
    }

    @Override
    public String toString() {
        // never the choice: a vote may be secret
        return "vote on ballot " + ballotId;
    }

    /** The composite key: ballot and slot. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long ballotId;
        private String slot;

        public Key() {
            // for JPA
        }

        public Key(Long ballotId, String slot) {
            this.ballotId = ballotId;
            this.slot = slot;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(ballotId, k.ballotId) && Objects.equals(slot, k.slot);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballotId, slot);
        }
    }
}
