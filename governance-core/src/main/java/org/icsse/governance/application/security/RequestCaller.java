package org.icsse.governance.application.security;

import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, worked out once: {@link CallerContext#current()} is asked several times per
 * request (the role check, the service, the audit record), and each time asked Jakarta Security for every role and
 * read the delegate's account from the database. Kept with the name of the principal it was worked out for, so
 * that a request that signs someone in works the new caller out again.
 */
@RequestScoped
public class RequestCaller {

    private String principal;
    private Caller caller;

    /**
     * The caller as the request's authentication has just found them, read from the database with their account
     * (an API token): what {@link CallerContext} would work out, so it is not worked out again — for a vote through
     * the API that was five role questions to Jakarta Security and the account read a second time.
     */
    public void authenticated(Caller known) {
        caller = known;
        principal = known.name();
    }

    public Caller of(String principalName, Supplier<Caller> workOut) {
        if (caller == null || !principalName.equals(principal)) {
            caller = workOut.get();
            principal = principalName;
        }
        return caller;
    }
}
