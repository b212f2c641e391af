package org.icsse.governance.domain.network;

import java.util.Locale;
import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * The short name a member network is known by (GSEF, ICA, RIPESS): 2 to 16 capital letters, digits,
 * hyphens or ampersands, starting with a letter. Written in capitals whatever the input's case, so
 * that "ica" and "ICA" are one and the same acronym.
 */
public record Acronym(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9&-]{1,15}");

    public Acronym {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("acronym", "value.required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("acronym", "acronym.form");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
