package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * One state of a motion's title and text, numbered from 1 (the draft). A version produced by an adopted
 * amendment carries the amendment's number. Immutable.
 */
@Embeddable
public class MotionVersion {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = Motion.TITLE_MAX)
    private String title;

    @Column(name = "text", nullable = false, length = Motion.TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author_network_id", nullable = false)
    private Long authorNetworkId;

    @Convert(converter = MotionNumberConverter.class)
    @Column(name = "amendment_number", length = 20)
    private MotionNumber amendmentNumber;

    protected MotionVersion() {
        // for JPA
    }

    public MotionVersion(int number, String title, String text, Instant when, Long authorNetworkId,
            MotionNumber amendmentNumber) {
        if (number < 1) {
            throw new IllegalArgumentException("version number " + number);
        }
        this.number = number;
        this.title = Objects.requireNonNull(title, "title");
        this.text = Objects.requireNonNull(text, "text");
        this.createdAt = Objects.requireNonNull(when, "when");
        this.authorNetworkId = Objects.requireNonNull(authorNetworkId, "authorNetworkId");
        this.amendmentNumber = amendmentNumber;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public Instant when() {
        return createdAt;
    }

    /** The network whose delegate wrote this version (for an amended text: the amendment's proposer). */
    public Long authorNetworkId() {
        return authorNetworkId;
    }

    /** The number of the amendment whose adoption produced this version, or {@code null}. */
    public MotionNumber amendmentNumber() {
        return amendmentNumber;
    }

    /** The amendment whose adoption produced this version, if any. */
    public Optional<MotionNumber> producedBy() {
        return Optional.ofNullable(amendmentNumber);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MotionVersion that && number == that.number && title.equals(that.title)
                && text.equals(that.text) && createdAt.equals(that.createdAt)
                && authorNetworkId.equals(that.authorNetworkId) && Objects.equals(amendmentNumber, that.amendmentNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, text, createdAt, authorNetworkId, amendmentNumber);
    }

    @Override
    public String toString() {
        return "MotionVersion[" + number + (amendmentNumber == null ? "" : " by " + amendmentNumber) + "]";
    }
}
