package org.icsse.governance.domain.motion;

import java.util.Objects;

/**
 * What a reader of the motions list asks for: a body (or all), a status, a text matched against number
 * and title, an order and a window. {@code readerNetworkId} is the reader's network: besides everything
 * submitted, they see their own network's drafts and nobody else's.
 */
public record MotionQuery(Long bodyId, MotionStatus status, String text, Long readerNetworkId, SortField sortField,
        boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int TEXT_MAX = 200;

    /** The columns the list can be sorted by. */
    public enum SortField { NUMBER, TITLE, STATUS, SUBMITTED, SECONDS }

    public MotionQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        sortField = Objects.requireNonNullElse(sortField, SortField.NUMBER);
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }
}
