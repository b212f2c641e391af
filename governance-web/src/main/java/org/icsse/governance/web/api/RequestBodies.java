package org.icsse.governance.web.api;

import jakarta.ws.rs.BadRequestException;

/** The check every resource makes on a JSON request body: it must be there, and not {@code null}. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("The request body must be a JSON object.");
        }
        return body;
    }
}
