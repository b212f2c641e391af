package org.icsse.governance.domain.account;

import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/** An e-mail address: one {@code @}, a dot in the domain, no spaces, at most 254 characters. */
public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "value.required");
        }
        value = value.strip();
        if (value.length() > 254 || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("email", "email.form");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
