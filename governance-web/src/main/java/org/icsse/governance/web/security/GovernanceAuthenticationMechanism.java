package org.icsse.governance.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.icsse.governance.application.account.ApiTokenService;
import org.icsse.governance.application.account.AuthenticatedAccount;
import org.icsse.governance.application.account.Authentication;
import org.icsse.governance.application.account.LoginOutcome;
import org.icsse.governance.application.security.Caller;
import org.icsse.governance.application.security.RequestCaller;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.web.api.problem.DatabaseUnavailable;
import org.icsse.governance.web.api.problem.Problems;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one):
 * <ul>
 * <li>under {@code /api/}: a bearer token in {@code Authorization}, and nothing else — the API never
 * reads the session cookie, so a page cannot be tricked into calling it;</li>
 * <li>elsewhere: a login form (the login page calls {@code SecurityContext.authenticate} with the
 * credentials), remembered in the HTTP session, whose id changes at login; a protected page asked
 * for without a login redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class GovernanceAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in account. */
    public static final String SESSION_ACCOUNT = "governance.account";
    /** The request attribute where the login page finds why a login failed. */
    public static final String LOGIN_OUTCOME = "governance.loginOutcome";

    private static final String BEARER = "Bearer ";

    @Inject
    Authentication authentication;

    @Inject
    ApiTokenService tokens;

    @Inject
    RequestCaller requestCaller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // first of all: the login redirect and the 401 of the API are answered from here, before any filter runs
        SecurityHeadersFilter.apply(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer(request, context);
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return login(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof AuthenticatedAccount account) {
            return notify(context, account);
        }
        if (context.isProtected()) {
            String target = request.getContextPath() + "/login.xhtml";
            return context.redirect(target);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Optional<AuthenticatedAccount> account;
        try {
            account = tokens.resolve(header.substring(BEARER.length()));
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            // the token cannot be checked while the database is away: 503 with Retry-After, as the API answers
            // then, rather than the container's error page; SEND_CONTINUE leaves the written answer as it is
            try {
                Problems.writeDatabaseUnavailable(context.getResponse(), request.getLocales());
            } catch (IOException clientGone) {
                throw new UncheckedIOException(clientGone);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        account.ifPresent(this::rememberCaller);
        return account.map(a -> notify(context, a)).orElseGet(context::doNothing);
    }

    /** The token's account, just read, is the request's caller: the services need not work it out again. */
    private void rememberCaller(AuthenticatedAccount account) {
        Long network = account.roles().contains(Role.DELEGATE) ? account.networkId() : null;
        try {
            requestCaller.authenticated(Caller.person(account.username(), account.roles(), network));
        } catch (ContextNotActiveException noRequestScope) {
            // no request scope here: CallerContext works the caller out from Jakarta Security, as before
        }
    }

    private AuthenticationStatus login(UsernamePasswordCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        LoginOutcome outcome = authentication.check(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(LOGIN_OUTCOME, outcome);
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_ACCOUNT, accepted.account());
            return notify(context, accepted.account());
        }
        // SEND_FAILURE without sendError: the login page stays in charge of the response and explains.
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus notify(HttpMessageContext context, AuthenticatedAccount account) {
        Set<String> groups = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(account.username(), groups);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
