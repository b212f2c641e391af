package org.icsse.governance.web.api.problem;

import java.util.Arrays;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A request body the API cannot read (missing, not UTF-8, not well-formed JSON, nested too deeply, a value of
 * the wrong type), answered with 400 and the reason in the caller's language: a message key of the domain's
 * bundle, its arguments, and the field when one is to blame.
 */
public class MalformedRequestException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public MalformedRequestException(String messageKey, String field, Object... arguments) {
        super(messageKey, Response.Status.BAD_REQUEST);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The field to blame ({@code quorum.networksPercent}), or {@code null} when the body as a whole is. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
