package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.Region;
import org.icsse.governance.domain.network.Weight;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static UserAccount.Profile profile() {
        return new UserAccount.Profile("Amina Diallo", new EmailAddress("amina@ripess.org"), Language.FR, "Africa/Dakar");
    }

    private static MemberNetwork ripess() {
        return MemberNetwork.admit("RIPESS", new Acronym("RIPESS"), Region.GLOBAL, NetworkCategory.INTERNATIONAL_NETWORK, Weight.ONE);
    }

    private static UserAccount secretary() {
        return new UserAccount(new Username("amina"), "hash", profile(), Set.of(Role.SECRETARIAT), null);
    }

    @Test
    void aDelegateActsForItsNetwork() {
        MemberNetwork network = ripess();

        UserAccount delegate = new UserAccount(new Username("amina"), "hash", profile(), Set.of(Role.DELEGATE), network);

        assertThat(delegate.network()).containsSame(network);
        assertThat(delegate.hasRole(Role.DELEGATE)).isTrue();
        assertThat(delegate.hasRole(Role.CHAIR)).isFalse();
    }

    @Test
    void aDelegateNeedsANetwork() {
        assertInvalid(() -> new UserAccount(new Username("amina"), "hash", profile(), Set.of(Role.DELEGATE), null),
                "networkId", "delegate.networkRequired");
        assertInvalid(() -> new UserAccount(new Username("amina"), "hash", profile(), Set.of(Role.DELEGATE, Role.CHAIR), null),
                "networkId", "delegate.networkRequired");
    }

    @Test
    void anAccountThatIsNotADelegateHasNoNetwork() {
        assertInvalid(() -> new UserAccount(new Username("amina"), "hash", profile(), Set.of(Role.CHAIR), ripess()),
                "networkId", "network.onlyForDelegates");
    }

    @Test
    void atLeastOneRoleIsRequired() {
        assertInvalid(() -> new UserAccount(new Username("amina"), "hash", profile(), Set.of(), null), "roles", "roles.required");
        assertInvalid(() -> new UserAccount(new Username("amina"), "hash", profile(), null, null), "roles", "roles.required");
    }

    @Test
    void aRefusedGrantChangesNothing() {
        UserAccount account = secretary();

        assertInvalid(() -> account.grant(Set.of(Role.DELEGATE), null), "networkId", "delegate.networkRequired");

        assertThat(account.roles()).containsExactly(Role.SECRETARIAT);
        assertThat(account.network()).isEmpty();
    }

    @Test
    void aGrantReplacesRolesAndNetwork() {
        UserAccount account = secretary();
        MemberNetwork network = ripess();

        account.grant(EnumSet.of(Role.DELEGATE, Role.CHAIR), network);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.DELEGATE, Role.CHAIR);
        assertThat(account.network()).containsSame(network);

        account.grant(Set.of(Role.ADMIN), null);

        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(account.network()).isEmpty();
    }

    @Test
    void theRolesCannotBeChangedFromOutside() {
        Set<Role> roles = EnumSet.of(Role.CHAIR);
        UserAccount account = new UserAccount(new Username("amina"), "hash", profile(), roles, null);
        roles.add(Role.ADMIN);
        account.roles().add(Role.ADMIN);

        assertThat(account.roles()).containsExactly(Role.CHAIR);
    }

    @Test
    void fourFailedLoginsDoNotLock() {
        UserAccount account = secretary();

        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(T0.plusSeconds(i))).isFalse();
        }

        assertThat(account.isLockedAt(T0.plusSeconds(4))).isFalse();
        assertThat(account.failedLogins()).isEqualTo(4);
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void theFifthFailedLoginLocksForExactlyFifteenMinutesFromIt() {
        UserAccount account = secretary();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0.plusSeconds(i));
        }
        Instant fifth = T0.plusSeconds(60);

        assertThat(account.recordFailedLogin(fifth)).isTrue();

        Instant end = fifth.plus(Duration.ofMinutes(15));
        assertThat(account.lockedUntil()).isEqualTo(end);
        assertThat(account.isLockedAt(fifth)).isTrue();
        assertThat(account.isLockedAt(end.minusNanos(1))).isTrue();
        assertThat(account.isLockedAt(end)).isFalse();
        assertThat(account.isLockedAt(end.plusSeconds(1))).isFalse();
    }

    @Test
    void theCounterStartsAgainAfterALock() {
        UserAccount account = secretary();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }

        assertThat(account.failedLogins()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(T0.plusSeconds(1000))).isFalse();
        }
        assertThat(account.lockedUntil()).as("the first lock stands").isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(account.recordFailedLogin(T0.plusSeconds(2000))).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(T0.plusSeconds(2000).plus(Duration.ofMinutes(15)));
    }

    @Test
    void aSuccessfulLoginResetsTheCounter() {
        UserAccount account = secretary();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(T0);
        }

        account.recordSuccessfulLogin();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(T0)).isFalse();
        }

        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.failedLogins()).isEqualTo(4);
    }

    @Test
    void unlockingLiftsTheLockBeforeItsTime() {
        UserAccount account = secretary();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(T0);
        }

        account.unlock();

        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.lockedUntil()).isNull();
        assertThat(account.failedLogins()).isZero();
    }

    @Test
    void theProfileIsKept() {
        UserAccount account = secretary();

        assertThat(account.displayName()).isEqualTo("Amina Diallo");
        assertThat(account.email()).isEqualTo(new EmailAddress("amina@ripess.org"));
        assertThat(account.language()).isEqualTo(Language.FR);
        assertThat(account.timeZone()).isEqualTo(ZoneId.of("Africa/Dakar"));
    }

    @Test
    void theSnapshotHasSortedRolesAndNoPasswordHash() {
        UserAccount account = new UserAccount(new Username("amina"), "secret-hash", profile(), EnumSet.of(Role.SECRETARIAT, Role.ADMIN, Role.CHAIR), null);

        assertThat(account.snapshot())
                .containsEntry("username", "amina")
                .containsEntry("roles", java.util.List.of("ADMIN", "CHAIR", "SECRETARIAT"))
                .containsEntry("networkId", null)
                .containsEntry("timeZone", "Africa/Dakar")
                .doesNotContainValue("secret-hash");
    }

    @Test
    void aPasswordHashIsRequired() {
        assertThatThrownBy(() -> new UserAccount(new Username("amina"), null, profile(), Set.of(Role.CHAIR), null))
                .isInstanceOf(NullPointerException.class);
    }
}
