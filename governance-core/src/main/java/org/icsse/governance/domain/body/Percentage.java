package org.icsse.governance.domain.body;

import org.icsse.governance.domain.shared.InvalidValueException;

/** A whole percentage from 0 to 100, used for quorum thresholds. */
public record Percentage(String field, int value) {

    public Percentage {
        if (value < 0 || value > 100) {
            throw new InvalidValueException(field, "value.range", 0, 100);
        }
    }

    /**
     * The least whole number that is at least this percentage of {@code total}:
     * {@code ⌈value·total/100⌉}, computed in whole numbers.
     */
    public long thresholdOf(long total) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        // ceiling of a non-negative quotient, in whole numbers (Math.ceilDiv needs Java 18); split so that
        // no intermediate overflows: value·total = 100·value·(total/100) + value·(total%100)
        return value * (total / 100L) + (value * (total % 100L) + 99L) / 100L;
    }
}
