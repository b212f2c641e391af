package org.icsse.governance.web.api;

import org.icsse.governance.domain.shared.InvalidValueException;

/** Reads the {@code offset} and {@code limit} query parameters of a paged list; for every paged resource. */
public final class Paging {

    private Paging() {
    }

    /** The offset from the first item: 0 when absent. */
    public static int offset(String text) {
        return number("offset", text, 0, 0, Integer.MAX_VALUE);
    }

    /** The size of the page: {@code fallback} when absent, at most {@code max}. */
    public static int limit(String text, int fallback, int max) {
        return number("limit", text, fallback, 1, max);
    }

    private static int number(String field, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        throw new InvalidValueException(field, "value.range", min, max);
    }
}
