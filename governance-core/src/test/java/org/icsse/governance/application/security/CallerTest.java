package org.icsse.governance.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.icsse.governance.domain.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void theSystemMayDoEverything(Role role) {
        assertThat(Caller.SYSTEM.hasAnyRole(Set.of(role))).isTrue();
        assertThat(Caller.SYSTEM.keepsRegister()).isTrue();
        assertThat(Caller.SYSTEM.isSystem()).isTrue();
        assertThat(Caller.SYSTEM.isAnonymous()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anonymousMayDoNothing(Role role) {
        assertThat(Caller.ANONYMOUS.hasAnyRole(Set.of(role))).isFalse();
        assertThat(Caller.ANONYMOUS.hasAnyRole(EnumSet.allOf(Role.class))).isFalse();
        assertThat(Caller.ANONYMOUS.keepsRegister()).isFalse();
        assertThat(Caller.ANONYMOUS.delegateOf()).isEmpty();
        assertThat(Caller.ANONYMOUS.isAnonymous()).isTrue();
        assertThat(Caller.ANONYMOUS.isSystem()).isFalse();
    }

    @Test
    void aPersonHasAnyRoleWhenOneOfTheirsIsWanted() {
        Caller chair = Caller.person("amina", Set.of(Role.CHAIR, Role.DELEGATE), 7L);

        assertThat(chair.hasAnyRole(Set.of(Role.CHAIR))).isTrue();
        assertThat(chair.hasAnyRole(Set.of(Role.SECRETARIAT, Role.DELEGATE))).isTrue();
        assertThat(chair.hasAnyRole(Set.of(Role.SECRETARIAT, Role.ADMIN))).isFalse();
        assertThat(chair.hasAnyRole(Set.of())).isFalse();
        assertThat(chair.isSystem()).isFalse();
        assertThat(chair.isAnonymous()).isFalse();
    }

    @Test
    void theSecretariatAndAdminsKeepTheRegister() {
        assertThat(Caller.person("s", Set.of(Role.SECRETARIAT), null).keepsRegister()).isTrue();
        assertThat(Caller.person("a", Set.of(Role.ADMIN), null).keepsRegister()).isTrue();
        assertThat(Caller.person("c", Set.of(Role.CHAIR, Role.DELEGATE), 1L).keepsRegister()).isFalse();
    }

    @Test
    void aDelegateActsForTheirNetwork() {
        assertThat(Caller.person("d", Set.of(Role.DELEGATE), 7L).delegateOf()).contains(7L);
    }

    @Test
    void aNetworkIdWithoutTheDelegateRoleMakesNobodyADelegate() {
        assertThat(Caller.person("c", Set.of(Role.CHAIR), 7L).delegateOf()).isEmpty();
        assertThat(Caller.SYSTEM.delegateOf()).isEmpty();
    }

    @Test
    void aPersonWithoutRolesMayDoNothing() {
        Caller nobody = Caller.person("x", Set.of(), null);

        assertThat(nobody.hasAnyRole(EnumSet.allOf(Role.class))).isFalse();
        assertThat(nobody.keepsRegister()).isFalse();
    }

    @Test
    void theRolesCannotBeChangedFromOutside() {
        Set<Role> roles = EnumSet.of(Role.CHAIR);
        Caller caller = Caller.person("c", roles, null);
        roles.add(Role.ADMIN);

        assertThat(caller.roles()).containsExactly(Role.CHAIR);
        assertThat(caller.keepsRegister()).isFalse();
    }

    @Test
    void theRolesOfACallerCannotBeChangedThroughItsAccessor() {
        Caller chair = Caller.person("c", EnumSet.of(Role.CHAIR), null);

        org.assertj.core.api.Assertions.catchThrowable(() -> chair.roles().add(Role.ADMIN)); // refused, or ignored

        assertThat(chair.hasAnyRole(Set.of(Role.ADMIN))).isFalse();
    }
}
