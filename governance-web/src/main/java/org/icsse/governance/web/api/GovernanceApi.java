package org.icsse.governance.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, version 1, open to any HTTP client; each resource method declares who may call it.
 * <p>
 * Conventions (see {@code API.md}): JSON in and out, ids as strings, instants as ISO-8601 in UTC,
 * {@code Authorization: Bearer <token>} from {@code POST /tokens} on every other call, and every error
 * as {@code application/problem+json}. <b>Lists</b> answer a JSON array of the items and the size of
 * the whole list in the header {@value #TOTAL_COUNT}; paged lists take {@code offset} (from 0) and
 * {@code limit}. Request bodies are limited to 1 MiB (5 MiB for a CSV import); larger ones get 413.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "ICSSE Governance API", version = "1",
        description = "Member register, accounts, bodies and audit log of the ICSSE. Lists answer a JSON array "
                + "with the size of the whole list in the header X-Total-Count; errors are application/problem+json."))
public class GovernanceApi extends Application {

    /** The response header that gives the size of a whole list when the body holds one page of it. */
    public static final String TOTAL_COUNT = "X-Total-Count";
}
