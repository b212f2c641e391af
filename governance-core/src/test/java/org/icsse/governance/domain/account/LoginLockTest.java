package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginLockTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        assertThat(LoginLock.lockAfterFailure(4, NOW)).isNull();
        assertThat(LoginLock.lockAfterFailure(5, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(LoginLock.lockAfterFailure(6, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aLockHoldsUntilItsEndExclusive() {
        Instant until = NOW.plusSeconds(900);

        assertThat(LoginLock.isLocked(until, NOW)).isTrue();
        assertThat(LoginLock.isLocked(until, until.minusNanos(1))).isTrue();
        assertThat(LoginLock.isLocked(until, until)).isFalse();
        assertThat(LoginLock.isLocked(null, NOW)).isFalse();
    }
}
