package org.icsse.governance.application.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.account.Username;

/**
 * Tells application services who is calling: the person Jakarta Security authenticated for the
 * current request, or the application itself inside {@link #asSystem}.
 */
@ApplicationScoped
public class CallerContext {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    public Caller current() {
        if (SYSTEM.get()) {
            return Caller.SYSTEM;
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        Long networkId = null;
        if (roles.contains(Role.DELEGATE)) {
            networkId = accounts.findByUsername(new Username(principal.getName()))
                    .flatMap(UserAccount::network).map(n -> n.id()).orElse(null);
        }
        return Caller.person(principal.getName(), roles, networkId);
    }

    /** Runs work as the application itself (start-up, scheduled jobs), whatever the thread's caller. */
    public static <T> T asSystem(Supplier<T> work) {
        boolean previous = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (previous) {
                SYSTEM.set(Boolean.TRUE);
            } else {
                SYSTEM.remove();
            }
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
