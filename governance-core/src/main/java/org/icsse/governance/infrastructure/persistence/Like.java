package org.icsse.governance.infrastructure.persistence;

/** Text searches with LIKE: what the reader typed is matched literally, with {@code \} as escape. */
final class Like {

    private Like() {
    }

    /** The text with LIKE's wildcards and the escape character escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
