package org.icsse.governance.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.web.faces.UserSession;

/**
 * Completes a login carried by the login cookie to a server where the person's session was not (see
 * {@link GovernanceAuthenticationMechanism}): once the caller is known, the new session takes the account's
 * preferences (language, time zone, name), as the login page does after a login form.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class LoginRestoreFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;

    @Inject
    AccountRegister accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null
                && Boolean.TRUE.equals(session.getAttribute(GovernanceAuthenticationMechanism.SESSION_RESTORED))) {
            session.removeAttribute(GovernanceAuthenticationMechanism.SESSION_RESTORED);
            userSession.signIn(accounts.own());
        }
        chain.doFilter(request, response);
    }
}
