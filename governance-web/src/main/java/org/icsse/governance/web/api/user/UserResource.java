package org.icsse.governance.web.api.user;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.RequestBodies;

/** {@code /users}: people's accounts, opened, listed and edited by the secretariat and administrators only. */
@Path("users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
public class UserResource {

    @Inject
    AccountRegister accounts;

    @Context
    UriInfo uri;

    @POST
    public Response open(UserRequest request) {
        UserAccount account = accounts.open(RequestBodies.required(request).toForm());
        URI location = uri.getAbsolutePathBuilder().path(account.id().toString()).build();
        return Response.created(location).entity(UserResponse.of(account)).build();
    }

    /** Every account, in username order, as an array; the header {@code X-Total-Count} gives their number. */
    @GET
    public Response list() {
        List<UserResponse> users = accounts.list().stream().map(UserResponse::of).toList();
        return Response.ok(users).header(GovernanceApi.TOTAL_COUNT, users.size()).build();
    }

    @GET
    @Path("{id}")
    public UserResponse get(@PathParam("id") String id) {
        return UserResponse.of(accounts.get(Ids.path("user", id)));
    }

    @PATCH
    @Path("{id}")
    public UserResponse update(@PathParam("id") String id, UserRequest request) {
        return UserResponse.of(accounts.update(Ids.path("user", id), RequestBodies.required(request).toForm()));
    }
}
