package org.icsse.governance.web.api.guard;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The most bytes a resource method accepts in a request body, where it needs more than {@link BodyLimitFilter#DEFAULT_LIMIT}. */
@Retention(RUNTIME)
@Target(METHOD)
public @interface BodyLimit {

    long value();
}
