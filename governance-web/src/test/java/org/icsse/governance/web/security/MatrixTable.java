package org.icsse.governance.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorisation matrix as written for people in {@code docs/authorization-matrix.md}: its three tables
 * (endpoints, pages, page actions), each row a request and the answer expected for each of the six callers.
 */
final class MatrixTable {

    /** The callers, in the order of the table's columns. */
    static final List<String> CALLERS = List.of("anonymous", "delegate of the network concerned",
            "delegate of another network", "chair", "secretariat", "admin");

    enum Kind {
        ENDPOINT("endpoint"), PAGE("page"), ACTION("page action");

        private final String header;

        Kind(String header) {
            this.header = header;
        }
    }

    /**
     * One row: what its first cell says in back-quoted parts ({@code parts}), the six expected answers, and the
     * last cell (why, or the effect of a page action, its back-quoted part alone).
     */
    record Row(Kind kind, int line, List<String> parts, List<String> expected, String last) {

        String name() {
            return String.join(" ", parts);
        }
    }

    private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");

    private MatrixTable() {
    }

    /** Every row of the file, with its line number; a malformed row is an error, not a skipped line. */
    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        Kind kind = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("|")) {
                kind = null;
                continue;
            }
            List<String> cells = cells(line);
            if (kind == null) {
                kind = headerKind(cells, i + 1);
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            if (kind == Kind.ENDPOINT && !cells.get(0).startsWith("`")) {
                throw new IllegalStateException("line " + (i + 1) + ": a row must start with a back-quoted request");
            }
            if (cells.size() != CALLERS.size() + 2) {
                throw new IllegalStateException("line " + (i + 1) + ": " + cells.size() + " cells, expected "
                        + (CALLERS.size() + 2));
            }
            List<String> parts = quoted(cells.get(0));
            if (parts.isEmpty()) {
                throw new IllegalStateException("line " + (i + 1) + ": no back-quoted request");
            }
            List<String> last = quoted(cells.get(cells.size() - 1));
            rows.add(new Row(kind, i + 1, parts, List.copyOf(cells.subList(1, CALLERS.size() + 1)),
                    last.isEmpty() ? "" : last.get(0)));
        }
        return rows;
    }

    /** The kind a table's header announces; null for a table that is not part of the matrix (the fixtures). */
    private static Kind headerKind(List<String> header, int line) {
        for (Kind kind : Kind.values()) {
            if (kind.header.equals(header.get(0))) {
                if (!header.subList(1, CALLERS.size() + 1).equals(CALLERS)) {
                    throw new IllegalStateException("line " + line + ": the columns must be " + CALLERS);
                }
                return kind;
            }
        }
        return null;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : inner.toCharArray()) {
            if (c == '`') {
                quoted = !quoted;
            }
            if (c == '|' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static List<String> quoted(String cell) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(cell);
        while (matcher.find()) {
            parts.add(matcher.group(1));
        }
        return parts;
    }
}
