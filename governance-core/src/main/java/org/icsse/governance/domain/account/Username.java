package org.icsse.governance.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/** A login name: 3 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit. */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("username", "value.required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("username", "username.form");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
