package org.icsse.governance.domain.network;

/** The continent (or the whole world) a member network works in. */
public enum Region {
    AFRICA,
    ASIA_PACIFIC,
    EUROPE,
    LATIN_AMERICA_CARIBBEAN,
    MIDDLE_EAST_NORTH_AFRICA,
    NORTH_AMERICA,
    GLOBAL
}
