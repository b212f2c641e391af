package org.icsse.governance.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response, pages, API, resources and error pages alike (and, through the authentication
 * mechanism, the answers it gives before any filter runs), set before anything is written: no content-type sniffing, no referrer sent to other sites, no framing by another site (the
 * {@code frame-ancestors} directive and, for older browsers, {@code X-Frame-Options}), no plug-ins, and forms
 * and the document base only to this application.
 * <p>
 * The Content-Security-Policy does not restrict scripts and styles yet: PrimeFaces writes inline scripts, which a
 * script policy must allow by nonce (PrimeFaces' own CSP mode) — that is the remaining part of issue 7.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
        asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on a response; also called by the authentication mechanism, which answers some requests
     * (the redirect to the login page, the API's 401) before the filters run.
     */
    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
