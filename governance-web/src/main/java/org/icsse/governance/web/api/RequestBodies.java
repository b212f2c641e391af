package org.icsse.governance.web.api;

import org.icsse.governance.web.api.problem.MalformedRequestException;

/** The check every resource makes on a JSON request body: it must be there, and not {@code null}. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new MalformedRequestException("request.bodyRequired", null);
        }
        return body;
    }
}
