package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A network's support for putting a motion or an amendment before the body. Immutable. */
@Embeddable
public class Second {

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "seconded_at", nullable = false)
    private Instant secondedAt;

    protected Second() {
        // for JPA
    }

    public Second(Long networkId, Instant when) {
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.secondedAt = Objects.requireNonNull(when, "when");
    }

    public Long networkId() {
        return networkId;
    }

    public Instant when() {
        return secondedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Second that && networkId.equals(that.networkId) && secondedAt.equals(that.secondedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkId, secondedAt);
    }

    @Override
    public String toString() {
        return "Second[networkId=" + networkId + ", when=" + secondedAt + "]";
    }
}
