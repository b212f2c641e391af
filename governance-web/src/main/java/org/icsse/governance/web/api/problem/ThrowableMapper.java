package org.icsse.governance.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers every failure of the API that no closer mapper takes as a problem ({@link Problems#from}). */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.from(failure, headers.getAcceptableLanguages());
    }
}
