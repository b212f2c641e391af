package org.icsse.governance.domain.ballot;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.icsse.governance.domain.network.Weight;

/**
 * A network of a ballot's electorate, with the weight it had when the ballot opened (later changes to the
 * register change nothing here), and when it last voted — <em>that</em> it voted, never how.
 */
@Entity
@Table(name = "ballot_elector")
@IdClass(Elector.Key.class)
public class Elector {

    @Id
    @Column(name = "ballot_id")
    private Long ballotId;

    @Id
    @Column(name = "network_id")
    private Long networkId;

    @Column(nullable = false, updatable = false)
    private int weight;

    @Column(name = "voted_at")
    private Instant votedAt;

    protected Elector() {
        // for JPA
    }

    public Elector(Long ballotId, Long networkId, Weight weight) {
        this.ballotId = Objects.requireNonNull(ballotId, "ballot id");
        this.networkId = Objects.requireNonNull(networkId, "network id");
        this.weight = Objects.requireNonNull(weight, "weight").value();
    }

    /** The network has (again) voted. */
    public void voted(Instant when) {
        this.votedAt = Objects.requireNonNull(when, "when");
    }

    public Long ballotId() {
        return ballotId;
    }

    public Long networkId() {
        return networkId;
    }

    public Weight weight() {
        return new Weight(weight);
    }

    public boolean hasVoted() {
        return votedAt != null;
    }

    public Optional<Instant> votedAt() {
        return Optional.ofNullable(votedAt);
    }

    /** The composite key: ballot and network. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long ballotId;
        private Long networkId;

        public Key() {
            // for JPA
        }

        public Key(Long ballotId, Long networkId) {
            this.ballotId = ballotId;
            this.networkId = networkId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(ballotId, k.ballotId) && Objects.equals(networkId, k.networkId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballotId, networkId);
        }
    }
}
