package org.icsse.governance.domain.body;

import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/** The code of a body (GA, SC): 2 to 8 capital letters, the prefix of its motion numbers. */
public record BodyCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2,8}");

    public BodyCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("code", "value.required");
        }
        value = value.strip();
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("code", "bodyCode.form");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
