package org.icsse.governance.application.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.icsse.governance.domain.account.Role;

/**
 * Who is calling an application service: a signed-in person with their roles and, for a delegate,
 * their network; the application itself (start-up, batch jobs); or nobody.
 */
public record Caller(String name, Set<Role> roles, Long networkId, Kind kind) {

    /** The kinds of caller. */
    public enum Kind { PERSON, SYSTEM, ANONYMOUS }

    public static final Caller SYSTEM = new Caller("system", EnumSet.noneOf(Role.class), null, Kind.SYSTEM);
    public static final Caller ANONYMOUS = new Caller("anonymous", EnumSet.noneOf(Role.class), null, Kind.ANONYMOUS);

    public Caller {
        // unmodifiable: who may do what must not change through the accessor
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public static Caller person(String name, Set<Role> roles, Long networkId) {
        return new Caller(name, roles, networkId, Kind.PERSON);
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    /** The application itself may do everything; a person what one of their roles allows. */
    public boolean hasAnyRole(Set<Role> wanted) {
        return isSystem() || roles.stream().anyMatch(wanted::contains);
    }

    public boolean keepsRegister() {
        return isSystem() || roles.stream().anyMatch(Role::keepsRegister);
    }

    /** The network this caller acts for as a delegate, if any. */
    public Optional<Long> delegateOf() {
        return roles.contains(Role.DELEGATE) ? Optional.ofNullable(networkId) : Optional.empty();
    }
}
