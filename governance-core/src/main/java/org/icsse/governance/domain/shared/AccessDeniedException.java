package org.icsse.governance.domain.shared;

/** The caller is known but may not do this. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
