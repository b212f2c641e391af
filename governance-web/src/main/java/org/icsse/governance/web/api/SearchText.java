package org.icsse.governance.web.api;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * Reads the {@code q} parameter of the searchable lists (networks, motions, decisions): any text, searched for as
 * it is, except control characters, which no stored text holds (the domain refuses them) and which PostgreSQL
 * refuses in a query parameter (a NUL) with an error, not an empty list.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String q) {
        if (q != null && q.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("q", "value.controlCharacters");
        }
        return q;
    }
}
