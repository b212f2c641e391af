package org.icsse.governance.application.text;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * Two versions of a text compared line by line, with the changed words marked inside changed lines.
 *
 * <p>The comparison is java-diff-utils' {@link DiffRowGenerator}. Each line is HTML-escaped before it is
 * compared (by the OWASP encoder, which escapes {@code & < > " '} and more), so the only markup in
 * the result is the {@code <del>} and {@code <ins>} the generator adds.
 *
 * <p>Words are split by the generator's own word rule with two changes: an HTML entity stays one
 * word (the library's splitter would cut {@code &lt;} into {@code &}, {@code lt}, {@code ;} and mark
 * only {@code lt}, leaving a broken entity on screen), and a line break is always a word of its own
 * (the generator closes and reopens its tags at line breaks only when they stand alone, so a
 * trailing space before one would otherwise leave a tag open across two rows).
 */
public final class TextComparison {

    /** An entity from the escaping, a line break, other white space, punctuation, or a run of anything else. */
    private static final Pattern WORD_DELIMITER =
            Pattern.compile("&#?[A-Za-z0-9]+;|\\n|[^\\S\\n]+|[,.\\[\\](){}/\\\\*+\\-#;:!?]");

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .mergeOriginalRevised(false)
            .inlineDiffBySplitter(TextComparison::words)
            .lineNormalizer(TextComparison::escapeHtml)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private TextComparison() {
    }

    /**
     * Compares two texts for a side-by-side view.
     *
     * @param oldText the earlier version; {@code null} counts as empty
     * @param newText the later version; {@code null} counts as empty
     * @return one row per line, in order; empty when both texts are empty
     */
    public static List<DiffLine> sideBySide(String oldText, String newText) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(oldText), lines(newText));
        List<DiffLine> result = new ArrayList<>(rows.size());
        for (DiffRow row : rows) {
            result.add(new DiffLine(change(row.getTag()), row.getOldLine(), row.getNewLine()));
        }
        return List.copyOf(result);
    }

    /**
     * Whether two texts have the same lines, whatever their line breaks ({@code \r\n}, {@code \r} or
     * {@code \n}); {@code null} counts as empty.
     */
    public static boolean identical(String a, String b) {
        return lines(a).equals(lines(b));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    private static DiffLine.Change change(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> DiffLine.Change.UNCHANGED;
            case CHANGE -> DiffLine.Change.CHANGED;
            case INSERT -> DiffLine.Change.INSERTED;
            case DELETE -> DiffLine.Change.DELETED;
        };
    }

    private static String escapeHtml(String line) {
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        try {
            Encoding.encodeRcdataOnto(line, escaped);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a StringBuilder does not throw
        }
        return escaped.toString();
    }

    /** Splits an escaped line into words and the delimiters between them, keeping both. */
    private static List<String> words(String escaped) {
        List<String> words = new ArrayList<>();
        Matcher delimiter = WORD_DELIMITER.matcher(escaped);
        int position = 0;
        while (delimiter.find()) {
            if (position < delimiter.start()) {
                words.add(escaped.substring(position, delimiter.start()));
            }
            words.add(delimiter.group());
            position = delimiter.end();
        }
        if (position < escaped.length()) {
            words.add(escaped.substring(position));
        }
        return words;
    }
}
