package org.icsse.governance.domain.ballot;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The reminder sent, before a remote ballot's deadline, to the delegates of a network that had not voted: one
 * per ballot and network at most (the primary key), however often the reminder job runs.
 */
@Entity
@Table(name = "ballot_reminder")
@IdClass(Reminder.Key.class)
public class Reminder {

    @Id
    @Column(name = "ballot_id")
    private Long ballotId;

    @Id
    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected Reminder() {
        // for JPA
    }

    public Reminder(long ballotId, long networkId, Instant sentAt, int recipients) {
        if (recipients < 0) {
            throw new IllegalArgumentException("recipients must not be negative");
        }
        this.ballotId = ballotId;
        this.networkId = networkId;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.recipients = recipients;
    }

    public long ballotId() {
        return ballotId;
    }

    public long networkId() {
        return networkId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int recipients() {
        return recipients;
    }

    /** The composite key: ballot and network. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long ballotId;
        private Long networkId;

        public Key() {
        }

        public Key(Long ballotId, Long networkId) {
            this.ballotId = ballotId;
            this.networkId = networkId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ballotId, k.ballotId) && Objects.equals(networkId, k.networkId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ballotId, networkId);
        }
    }
}
