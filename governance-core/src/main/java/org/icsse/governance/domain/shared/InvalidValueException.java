package org.icsse.governance.domain.shared;

/** A value breaks a rule of the domain; names the field so a page or the API can point at it. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
