package org.icsse.governance.web.api.problem;

import java.util.List;

/**
 * The body of every error answer of the API ({@code application/problem+json}, RFC 9457), with the
 * invalid fields listed in {@code errors}; what any client of the API receives when a call fails.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid field, and for a row of an imported file its line number. */
    public record FieldError(String field, String message, Long line) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
