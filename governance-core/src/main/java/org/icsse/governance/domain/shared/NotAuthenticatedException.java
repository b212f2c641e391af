package org.icsse.governance.domain.shared;

/** The operation needs a known caller and there is none. */
public class NotAuthenticatedException extends DomainException {

    public NotAuthenticatedException() {
        super("authentication.required");
    }
}
