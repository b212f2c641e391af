package org.icsse.governance.domain.meeting;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A network's comment on circulated minutes; an objection stops the secretariat from approving them. Immutable. */
@Embeddable
public class MinutesComment {

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "text", nullable = false, length = Minutes.COMMENT_MAX)
    private String text;

    @Column(name = "objection", nullable = false)
    private boolean objection;

    @Column(name = "commented_at", nullable = false)
    private Instant commentedAt;

    protected MinutesComment() {
        // for JPA
    }

    MinutesComment(Long networkId, String text, boolean objection, Instant commentedAt) {
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.text = Objects.requireNonNull(text, "text");
        this.objection = objection;
        this.commentedAt = Objects.requireNonNull(commentedAt, "commentedAt");
    }

    public Long networkId() {
        return networkId;
    }

    public String text() {
        return text;
    }

    public boolean isObjection() {
        return objection;
    }

    public Instant when() {
        return commentedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinutesComment that && networkId.equals(that.networkId) && text.equals(that.text)
                && objection == that.objection && commentedAt.equals(that.commentedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkId, text, objection, commentedAt);
    }

    @Override
    public String toString() {
        return "MinutesComment[" + networkId + (objection ? ", objection" : "") + ", " + commentedAt + "]";
    }
}
