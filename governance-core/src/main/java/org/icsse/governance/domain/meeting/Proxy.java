package org.icsse.governance.domain.meeting;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Network A (the giver) lets network B (the holder) act for it in one meeting, from the instant given
 * until revoked. Immutable; given and revoked through its meeting, which checks the rules of proxies.
 */
@Embeddable
public class Proxy {

    @Column(name = "giver_network_id", nullable = false)
    private Long giverNetworkId;

    @Column(name = "holder_network_id", nullable = false)
    private Long holderNetworkId;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Proxy() {
        // for JPA
    }

    Proxy(Long giverNetworkId, Long holderNetworkId, Instant givenAt) {
        this.giverNetworkId = Objects.requireNonNull(giverNetworkId, "giverNetworkId");
        this.holderNetworkId = Objects.requireNonNull(holderNetworkId, "holderNetworkId");
        this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
    }

    /** The same proxy, revoked at that instant (a new value: the meeting replaces the old one). */
    Proxy revokedAt(Instant when) {
        Proxy revoked = new Proxy(giverNetworkId, holderNetworkId, givenAt);
        revoked.revokedAt = Objects.requireNonNull(when, "when");
        return revoked;
    }

    public Long giverNetworkId() {
        return giverNetworkId;
    }

    public Long holderNetworkId() {
        return holderNetworkId;
    }

    public Instant givenAt() {
        return givenAt;
    }

    /** When it was revoked; {@code null} while active. */
    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Proxy that && giverNetworkId.equals(that.giverNetworkId)
                && holderNetworkId.equals(that.holderNetworkId) && givenAt.equals(that.givenAt)
                && Objects.equals(revokedAt, that.revokedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(giverNetworkId, holderNetworkId, givenAt, revokedAt);
    }

    @Override
    public String toString() {
        return "Proxy[" + giverNetworkId + " -> " + holderNetworkId + (isActive() ? "" : ", revoked") + "]";
    }
}
