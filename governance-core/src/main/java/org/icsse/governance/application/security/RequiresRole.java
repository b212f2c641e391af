package org.icsse.governance.application.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import org.icsse.governance.domain.account.Role;

/**
 * Who may call an application service method: a caller with any of these roles; with no role named,
 * any signed-in caller. The application itself (start-up, batch) may call everything.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RequiresRole {

    @Nonbinding
    Role[] value() default {};
}
