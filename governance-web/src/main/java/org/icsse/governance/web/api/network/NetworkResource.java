package org.icsse.governance.web.api.network;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.RequestBodies;
import org.icsse.governance.web.api.guard.BodyLimit;
import org.icsse.governance.web.api.user.UserResponse;

/**
 * {@code /networks}: the member register. Any signed-in caller reads it; the secretariat and
 * administrators register, edit and import networks; a network's delegates are listed to the
 * secretariat and to that network's own delegates.
 */
@Path("networks")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    /** 5 MiB: room for the largest CSV file the register imports (10,000 rows). */
    static final long IMPORT_LIMIT = 5L << 20;

    @Inject
    NetworkRegister register;

    @Inject
    AccountRegister accounts;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response register(NetworkRequest request) {
        MemberNetwork network = register.register(RequestBodies.required(request).toForm());
        URI location = uri.getAbsolutePathBuilder().path(network.id().toString()).build();
        return Response.created(location).entity(NetworkResponse.of(network)).build();
    }

    /**
     * One page of the register: {@code q} searches name and acronym; {@code region}, {@code category}
     * and {@code status} filter; {@code sort} is one of name, acronym (default), region, category,
     * status, weight, with a leading {@code -} for descending order; {@code offset} from 0 and
     * {@code limit} up to 500 (default 100). The body is the array of the page's networks, the header
     * {@code X-Total-Count} the number of networks that match.
     */
    @GET
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response search(@QueryParam("q") String q, @QueryParam("region") String region, @QueryParam("category") String category,
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Page<MemberNetwork> page = register.search(NetworkListQuery.parse(q, region, category, status, sort, offset, limit));
        return Response.ok(page.items().stream().map(NetworkResponse::of).toList())
                .header(GovernanceApi.TOTAL_COUNT, page.total())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public NetworkResponse get(@PathParam("id") String id) {
        return NetworkResponse.of(register.get(Ids.path("network", id)));
    }

    /** Changes the fields the body names (name, acronym, region, category, status, weight); status follows its workflow. */
    @PATCH
    @Path("{id}")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public NetworkResponse update(@PathParam("id") String id, NetworkRequest request) {
        return NetworkResponse.of(register.update(Ids.path("network", id), RequestBodies.required(request).toForm()));
    }

    /** The accounts of the network's delegates: for the secretariat, and for that network's own delegates (others get 403). */
    @GET
    @Path("{id}/delegates")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response delegates(@PathParam("id") String id) {
        List<UserResponse> delegates = accounts.delegatesOf(Ids.path("network", id)).stream().map(UserResponse::of).toList();
        return Response.ok(delegates).header(GovernanceApi.TOTAL_COUNT, delegates.size()).build();
    }

    /**
     * Imports networks from a UTF-8 CSV file with the header {@code name,acronym,region,category,weight}:
     * all or nothing; 201 with the networks registered, or 422 with one error per bad row and its line.
     */
    @POST
    @Path("import")
    @Consumes("text/csv")
    @BodyLimit(IMPORT_LIMIT)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response importCsv(InputStream csv) {
        List<NetworkResponse> imported = register.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8)).stream()
                .map(NetworkResponse::of).toList();
        return Response.status(Response.Status.CREATED).entity(new ImportResponse(imported.size(), imported)).build();
    }
}
