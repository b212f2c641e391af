package org.icsse.governance.web.api.body;

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

import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.RequestBodies;

/** {@code /bodies}: the governing bodies; any signed-in caller reads them, the secretariat and administrators set them up. */
@Path("bodies")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {

    @Inject
    BodyRegister register;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response create(BodyRequest request) {
        Body body = register.create(RequestBodies.required(request).toForm());
        URI location = uri.getAbsolutePathBuilder().path(body.id().toString()).build();
        return Response.created(location).entity(BodyResponse.of(body)).build();
    }

    /** Every body, in code order, as an array; the header {@code X-Total-Count} gives their number. */
    @GET
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response list() {
        List<BodyResponse> bodies = register.list().stream().map(BodyResponse::of).toList();
        return Response.ok(bodies).header(GovernanceApi.TOTAL_COUNT, bodies.size()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public BodyResponse get(@PathParam("id") String id) {
        return BodyResponse.of(register.get(Ids.path("body", id)));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public BodyResponse update(@PathParam("id") String id, BodyRequest request) {
        return BodyResponse.of(register.update(Ids.path("body", id), RequestBodies.required(request).toForm()));
    }
}
