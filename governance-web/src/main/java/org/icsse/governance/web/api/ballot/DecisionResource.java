package org.icsse.governance.web.api.ballot;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.icsse.governance.application.ballot.DecisionService;
import org.icsse.governance.application.ballot.DecisionView;
import org.icsse.governance.domain.decision.DecisionQuery;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.domain.shared.Violations;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.Paging;
import org.icsse.governance.web.api.SearchText;

/**
 * {@code /decisions}: the decisions register, published to everybody — the one reading of the API that needs no
 * token ({@code @PermitAll}), since the charter asks the coalition to communicate what it decides. When the
 * coalition keeps the register to its members ({@code governance.decisions.public=false}) the service refuses an
 * anonymous reader with 401.
 */
@Path("decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    static final int DEFAULT_LIMIT = 100;
    static final int YEAR_MAX = 9999;

    @Inject
    DecisionService decisions;

    /**
     * One page of the register, newest first: {@code bodyId} and {@code year} (of adoption, UTC) filter, {@code q}
     * searches number, title and text; {@code offset} from 0 and {@code limit} up to 500 (default 100). The header
     * {@code X-Total-Count} gives the number that match.
     */
    @GET
    @PermitAll
    public Response search(@QueryParam("bodyId") String bodyId, @QueryParam("year") String year, @QueryParam("q") String q,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Violations violations = new Violations();
        Long body = violations.check(() -> Ids.field("bodyId", "body", blankToNull(bodyId)));
        Integer byYear = violations.check(() -> year(year));
        String text = violations.check(() -> SearchText.of(q));
        Integer from = violations.check(() -> Paging.offset(offset));
        Integer size = violations.check(() -> Paging.limit(limit, DEFAULT_LIMIT, DecisionQuery.MAX_LIMIT));
        violations.throwIfAny();
        Page<DecisionView> page = decisions.search(new DecisionQuery(body, byYear, text, from, size));
        return Response.ok(page.items().stream().map(DecisionResponse::of).toList())
                .header(GovernanceApi.TOTAL_COUNT, page.total())
                .build();
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= YEAR_MAX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a year out of range
        }
        throw new InvalidValueException("year", "value.range", 1, YEAR_MAX);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
