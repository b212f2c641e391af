package org.icsse.governance.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers the failures JAX-RS itself raises (unknown path 404, 405, 415, unreadable body 400, 413) as
 * problems, ahead of any mapper the runtime brings for them.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException failure) {
        return Problems.from(failure, headers.getAcceptableLanguages());
    }
}
