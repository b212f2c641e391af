package org.icsse.governance.domain.account;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * What a new password must be: long rather than complicated (NIST SP 800-63B), at least
 * {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters, not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static char[] check(Username username, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidValueException("password", "value.required");
        }
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidValueException("password", "password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (username != null && password.toLowerCase(java.util.Locale.ROOT).contains(username.value())) {
            throw new InvalidValueException("password", "password.containsUsername");
        }
        return password.toCharArray();
    }
}
