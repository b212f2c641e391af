package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One state of a motion's title and text, numbered from 1 (the draft). A version produced by an adopted
 * amendment carries the amendment's number.
 */
public record MotionVersion(int number, String title, String text, Instant when, Long authorNetworkId,
        MotionNumber amendmentNumber) {

    public MotionVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version number " + number);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(authorNetworkId, "authorNetworkId");
    }

    /** The amendment whose adoption produced this version, if any. */
    public Optional<MotionNumber> producedBy() {
        return Optional.ofNullable(amendmentNumber);
    }
}
