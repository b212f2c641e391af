package org.icsse.governance.application.account;

import org.icsse.governance.domain.shared.DomainException;

/** Wrong credentials, or a locked account, where a token was asked for. */
public class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
