package org.icsse.governance.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.icsse.governance.application.account.ApiTokenService;
import org.icsse.governance.application.account.AuthenticatedAccount;
import org.icsse.governance.application.account.Authentication;
import org.icsse.governance.application.account.IssuedToken;
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
 * A login also gets the cookie {@value #LOGIN_COOKIE} (HttpOnly, SameSite=Lax, for this browser session only): a
 * token kept, hashed, in the database, valid while the login is in use (renewed every few minutes, expired after the
 * session's idle time) and forgotten at sign-out. Sessions live in the memory of the server that made them; when a
 * request comes to another server of a cluster (the first one stopped), the cookie signs the same person in again
 * there, in a new session, without a login form (docs/operations.md, "Several servers").
 */
@ApplicationScoped
public class GovernanceAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in account. */
    public static final String SESSION_ACCOUNT = "governance.account";
    /** The request attribute where the login page finds why a login failed. */
    public static final String LOGIN_OUTCOME = "governance.loginOutcome";

    /** The cookie that carries a login to another server of the cluster. */
    public static final String LOGIN_COOKIE = "GOVERNANCE_LOGIN";
    /** The session attributes holding the login cookie's token and when it was last renewed. */
    static final String SESSION_LOGIN_TOKEN = "governance.loginToken";
    static final String SESSION_LOGIN_RENEWED = "governance.loginRenewed";
    /** The session attribute telling {@link LoginRestoreFilter} that this session was made from the login cookie. */
    static final String SESSION_RESTORED = "governance.loginRestored";

    private static final String BEARER = "Bearer ";
    /** How often a login in use extends its cookie's validity. */
    private static final Duration RENEW_EVERY = Duration.ofMinutes(5);

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
            renewIfDue(session);
            return notify(context, account);
        }
        Optional<AuthenticatedAccount> carried = loginCookie(request).flatMap(this::resolveLogin);
        if (carried.isPresent()) {
            // signed in on another server of the cluster, whose session is not here: the same login, in a session
            // whose id nobody knew before (as at a login form)
            if (session != null) {
                request.changeSessionId();
            }
            HttpSession restored = request.getSession(true);
            restored.setAttribute(SESSION_ACCOUNT, carried.get());
            restored.setAttribute(SESSION_LOGIN_TOKEN, loginCookie(request).orElseThrow());
            restored.setAttribute(SESSION_LOGIN_RENEWED, Instant.now());
            restored.setAttribute(SESSION_RESTORED, Boolean.TRUE);
            return notify(context, carried.get());
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
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_ACCOUNT, accepted.account());
            IssuedToken login = tokens.issueForLogin(accepted, idle(session));
            session.setAttribute(SESSION_LOGIN_TOKEN, login.token());
            session.setAttribute(SESSION_LOGIN_RENEWED, Instant.now());
            setLoginCookie(request, context.getResponse(), login.token(), -1);
            return notify(context, accepted.account());
        }
        // SEND_FAILURE without sendError: the login page stays in charge of the response and explains.
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The account of a login cookie's token, if valid; a database that is away counts as no cookie (login page). */
    private Optional<AuthenticatedAccount> resolveLogin(String token) {
        try {
            return tokens.resolve(token);
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.isCauseOf(failure)) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    /** Extends the login cookie's validity while the login is in use, at most every {@link #RENEW_EVERY}. */
    private void renewIfDue(HttpSession session) {
        if (!(session.getAttribute(SESSION_LOGIN_TOKEN) instanceof String token)) {
            return;
        }
        Instant now = Instant.now();
        if (session.getAttribute(SESSION_LOGIN_RENEWED) instanceof Instant renewed && renewed.plus(RENEW_EVERY).isAfter(now)) {
            return;
        }
        try {
            tokens.renew(token, idle(session));
            session.setAttribute(SESSION_LOGIN_RENEWED, now);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            // the database is away: the session still holds the login here; the next request renews
        }
    }

    /** How long a login may stay unused: the session's idle time (web.xml), else the API tokens' lifetime. */
    private static Duration idle(HttpSession session) {
        int seconds = session.getMaxInactiveInterval();
        return seconds > 0 ? Duration.ofSeconds(seconds) : ApiTokenService.LIFETIME;
    }

    private static Optional<String> loginCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> LOGIN_COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }

    /**
     * Sets (or, with {@code maxAge} 0, removes) the login cookie: for the application's path, out of scripts' reach,
     * not sent on cross-site requests, over HTTPS only when the request came so; without {@code maxAge} it lasts as
     * long as the browser session.
     */
    private static void setLoginCookie(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
        StringBuilder cookie = new StringBuilder(LOGIN_COOKIE).append('=').append(value)
                .append("; Path=").append(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .append("; HttpOnly; SameSite=Lax");
        if (maxAge >= 0) {
            cookie.append("; Max-Age=").append(maxAge);
        }
        if (request.isSecure()) {
            cookie.append("; Secure");
        }
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static AuthenticationStatus notify(HttpMessageContext context, AuthenticatedAccount account) {
        Set<String> groups = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(account.username(), groups);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Optional<String> login = session != null && session.getAttribute(SESSION_LOGIN_TOKEN) instanceof String token
                ? Optional.of(token) : loginCookie(request);
        login.ifPresent(tokens::revoke);
        if (login.isPresent() || loginCookie(request).isPresent()) {
            setLoginCookie(request, response, "", 0);
        }
        if (session != null) {
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
