package org.icsse.governance.domain.shared;

/** The request is valid but conflicts with the current state (a duplicate, a forbidden transition). */
public class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The field the conflict is about, or {@code null} when it is about the whole record. */
    public String field() {
        return field;
    }
}
