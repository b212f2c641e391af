package org.icsse.governance.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A request body went past its size limit; raised by the API's body limit and answered with 413. */
public class PayloadTooLargeException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body over " + limit + " bytes", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
