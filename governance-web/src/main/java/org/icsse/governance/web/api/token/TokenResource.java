package org.icsse.governance.web.api.token;

import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.icsse.governance.application.account.ApiTokenService;
import org.icsse.governance.application.account.IssuedToken;
import org.icsse.governance.web.api.RequestBodies;

/**
 * {@code /tokens}: exchanges a username and password for a bearer token; open to anybody, since this
 * is how a client signs in (wrong credentials or a locked account → 401).
 */
@Path("tokens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    ApiTokenService tokens;

    @POST
    @PermitAll
    public Response issue(TokenRequest request) {
        TokenRequest credentials = RequestBodies.required(request);
        IssuedToken issued = tokens.issue(credentials.username(), credentials.password());
        return Response.status(Response.Status.CREATED)
                .entity(new TokenResponse(issued.token(), issued.expiresAt().truncatedTo(ChronoUnit.SECONDS)))
                .header("Cache-Control", "no-store")
                .build();
    }
}
