package org.icsse.governance.domain.network;

import java.util.Objects;

/**
 * What a reader of the register asks for: an optional text matched against name and acronym,
 * optional filters, an order and a window.
 */
public record NetworkQuery(String text, Region region, NetworkCategory category, NetworkStatus status,
        SortField sortField, boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    /** The columns the register can be sorted by. */
    public enum SortField { NAME, ACRONYM, REGION, CATEGORY, STATUS, WEIGHT }

    public NetworkQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sortField = Objects.requireNonNullElse(sortField, SortField.ACRONYM);
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** Everything, in acronym order, first page. */
    public static NetworkQuery all(int limit) {
        return new NetworkQuery(null, null, null, null, SortField.ACRONYM, true, 0, limit);
    }
}
