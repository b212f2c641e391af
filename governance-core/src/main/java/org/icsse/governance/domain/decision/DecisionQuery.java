package org.icsse.governance.domain.decision;

/**
 * What a reader of the decisions register asks for: a body (or all), a year (or all), a text matched against
 * number, title and text, and a window. Newest first.
 */
public record DecisionQuery(Long bodyId, Integer year, String text, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int TEXT_MAX = 200;

    public DecisionQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }
}
