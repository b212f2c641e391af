package org.icsse.governance.web.faces;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.InvalidValuesException;

/**
 * The refusals of one form, by the field they name (the field names of the application services), so that
 * each is shown next to its field; a refusal that names no field of the form is a message for the whole page.
 */
public class FieldErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void clear() {
        byField.clear();
    }

    /**
     * Files a refusal under its fields; returns the part that names no field (or a field the form does not
     * have), to be shown for the whole page, or {@code null} when every part found its field.
     */
    public String collect(DomainException refusal, Locale locale, List<String> formFields) {
        List<? extends DomainException> parts = refusal instanceof InvalidValuesException many ? many.violations() : List.of(refusal);
        StringBuilder rest = new StringBuilder();
        for (DomainException part : parts) {
            String field = fieldOf(part);
            String message = part.localizedMessage(locale);
            if (field != null && formFields.contains(field)) {
                byField.merge(field, message, (a, b) -> a + " " + b);
            } else {
                rest.append(rest.length() == 0 ? "" : " ").append(message);
            }
        }
        return rest.length() == 0 ? null : rest.toString();
    }

    private static String fieldOf(DomainException refusal) {
        if (refusal instanceof InvalidValueException invalid) {
            return invalid.field();
        }
        return refusal instanceof ConflictException conflict ? conflict.field() : null;
    }

    /** The message of each field in error, for EL ({@code errors.byField['acronym']}). */
    public Map<String, String> getByField() {
        return byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
