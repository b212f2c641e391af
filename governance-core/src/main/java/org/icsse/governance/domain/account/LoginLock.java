package org.icsse.governance.domain.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule against guessing passwords: after {@value #MAX_FAILURES} wrong passwords in a row an
 * account is locked for {@link #LOCK_DURATION}; a right password while locked does not open it.
 */
public final class LoginLock {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginLock() {
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** When the lock that this failure starts ends, or {@code null} when this failure does not lock. */
    public static Instant lockAfterFailure(int failuresInARow, Instant now) {
        return failuresInARow >= MAX_FAILURES ? now.plus(LOCK_DURATION) : null;
    }
}
