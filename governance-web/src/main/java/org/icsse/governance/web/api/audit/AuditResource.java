package org.icsse.governance.web.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.domain.audit.AuditEntry;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.domain.shared.Violations;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Paging;

/** {@code /audit}: the audit log, newest first, and the check of its hash chain; for the secretariat and administrators only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
public class AuditResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    AuditTrail audit;

    /** One page of entries, newest first ({@code offset} from 0, {@code limit} up to 500); {@code X-Total-Count} counts them all. */
    @GET
    public Response newest(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Violations violations = new Violations();
        Integer from = violations.check(() -> Paging.offset(offset));
        Integer size = violations.check(() -> Paging.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        violations.throwIfAny();
        Page<AuditEntry> page = audit.newest(from, size);
        return Response.ok(page.items().stream().map(AuditEntryResponse::of).toList())
                .header(GovernanceApi.TOTAL_COUNT, page.total())
                .build();
    }

    @GET
    @Path("verification")
    public VerificationResponse verification() {
        return VerificationResponse.of(audit.verify());
    }
}
