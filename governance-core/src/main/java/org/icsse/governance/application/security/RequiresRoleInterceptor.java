package org.icsse.governance.application.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.NotAuthenticatedException;

/** Enforces {@link RequiresRole}, before any transaction starts. */
@RequiresRole
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RequiresRoleInterceptor {

    @Inject
    CallerContext callers;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        RequiresRole rule = invocation.getMethod().getAnnotation(RequiresRole.class);
        if (rule == null) {
            rule = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        Caller caller = callers.current();
        if (!caller.isSystem()) {
            if (caller.isAnonymous()) {
                throw new NotAuthenticatedException();
            }
            Set<Role> allowed = rule == null || rule.value().length == 0
                    ? EnumSet.allOf(Role.class) : EnumSet.of(rule.value()[0], rule.value());
            if (!caller.hasAnyRole(allowed)) {
                throw new AccessDeniedException("access.denied");
            }
        }
        return invocation.proceed();
    }
}
