package org.icsse.governance.domain.motion;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/** Checks of the multi-line texts of motions, and their paragraphs. */
final class MotionTexts {

    /** A blank line: a line break, any blanks, another line break. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    static final String PARAGRAPH_SEPARATOR = "\n\n";

    private MotionTexts() {
    }

    /**
     * A required text of several lines: line breaks written as {@code \n}, stripped, not blank, at most
     * {@code max} characters, and no control characters other than line breaks and tabs.
     */
    static String requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "value.required");
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.length() > max) {
            throw new InvalidValueException(field, "value.tooLong", max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidValueException(field, "value.controlCharacters");
        }
        return text;
    }

    /** An optional text: {@code null} when blank, otherwise as {@link #requireText}. */
    static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : requireText(field, value, max);
    }

    /** The paragraphs of a text: its blocks separated by blank lines. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(BLANK_LINE.split(text)).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static boolean hasBlankLine(String text) {
        return paragraphs(text).size() > 1;
    }
}
