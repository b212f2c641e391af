package org.icsse.governance.application.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
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

    /** The caller set for this thread by {@link #asSystem} or {@link #as}, else none (then Jakarta Security tells). */
    private static final ThreadLocal<Caller> ASSIGNED = new ThreadLocal<>();

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    @Inject
    RequestCaller requestCaller;

    public Caller current() {
        Caller assigned = ASSIGNED.get();
        if (assigned != null) {
            return assigned;
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        try {
            return requestCaller.of(principal.getName(), () -> workOut(principal));
        } catch (ContextNotActiveException e) {
            // outside a request (a websocket message, a thread of our own): worked out each time
            return workOut(principal);
        }
    }

    private Caller workOut(Principal principal) {
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
        return as(Caller.SYSTEM, work);
    }

    /**
     * Runs work as the given caller, whatever the thread's caller: for work the application does on a
     * person's behalf outside a request of theirs (a job, an in-container test). Never fed from a request.
     */
    public static <T> T as(Caller caller, Supplier<T> work) {
        Caller previous = ASSIGNED.get();
        ASSIGNED.set(caller);
        try {
            return work.get();
        } finally {
            if (previous != null) {
                ASSIGNED.set(previous);
            } else {
                ASSIGNED.remove();
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
