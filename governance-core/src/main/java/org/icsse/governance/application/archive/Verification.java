package org.icsse.governance.application.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * What the verifier found. It stops at the first problem, so the counts are of what was sound before it.
 *
 * @param packagesChecked the packages found sound
 * @param filesChecked    the files whose size and SHA-256 matched the manifest
 * @param firstProblem    the first problem, in chain order and within a package in manifest order; empty when all is sound
 */
public record Verification(int packagesChecked, long filesChecked, Optional<Problem> firstProblem) {

    /** Counts of zero or more. */
    public Verification {
        if (packagesChecked < 0 || filesChecked < 0) {
            throw new IllegalArgumentException("Counts are not negative");
        }
        Objects.requireNonNull(firstProblem, "firstProblem");
    }

    /** Whether no problem was found. */
    public boolean ok() {
        return firstProblem.isEmpty();
    }
}
