package org.icsse.governance.domain.meeting;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One stay of a network in a meeting: checked in at an instant by someone (a delegate of the network, the
 * chair or the secretariat: their account id), checked out later or still present. A network that leaves
 * and comes back has several. Immutable.
 */
@Embeddable
public class Presence {

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    @Column(name = "checked_in_by", nullable = false)
    private Long checkedInBy;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    protected Presence() {
        // for JPA
    }

    Presence(Long networkId, Long checkedInBy, Instant checkedInAt) {
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.checkedInBy = Objects.requireNonNull(checkedInBy, "checkedInBy");
        this.checkedInAt = Objects.requireNonNull(checkedInAt, "checkedInAt");
    }

    /** The same stay, ended at that instant (a new value: the meeting replaces the old one). */
    Presence checkedOutAt(Instant when) {
        Presence ended = new Presence(networkId, checkedInBy, checkedInAt);
        ended.checkedOutAt = Objects.requireNonNull(when, "when");
        return ended;
    }

    public Long networkId() {
        return networkId;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    /** The account that checked the network in. */
    public Long checkedInBy() {
        return checkedInBy;
    }

    /** When the network left; {@code null} while present. */
    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public boolean isOpen() {
        return checkedOutAt == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Presence that && networkId.equals(that.networkId) && checkedInAt.equals(that.checkedInAt)
                && checkedInBy.equals(that.checkedInBy) && Objects.equals(checkedOutAt, that.checkedOutAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkId, checkedInAt, checkedInBy, checkedOutAt);
    }

    @Override
    public String toString() {
        return "Presence[" + networkId + " " + checkedInAt + (isOpen() ? "" : " - " + checkedOutAt) + "]";
    }
}
