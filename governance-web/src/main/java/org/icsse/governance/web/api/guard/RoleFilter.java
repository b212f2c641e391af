package org.icsse.governance.web.api.guard;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;

import org.icsse.governance.web.api.problem.Problems;

/**
 * The check of one resource method's roles, registered by {@link RoleRules}: no caller → 401, a caller
 * with none of the roles → 403.
 */
@Priority(Priorities.AUTHORIZATION)
public class RoleFilter implements ContainerRequestFilter {

    private final Set<String> allowed;

    RoleFilter(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(Problems.notAuthenticated(request.getAcceptableLanguages()));
        } else if (allowed.stream().noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.accessDenied(request.getAcceptableLanguages()));
        }
    }
}
