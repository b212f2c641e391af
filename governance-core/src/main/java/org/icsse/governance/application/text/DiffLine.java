package org.icsse.governance.application.text;

import java.util.Objects;

/**
 * One row of a side-by-side comparison of two texts.
 *
 * @param change  how the row differs between the old and the new text
 * @param oldHtml the old line as HTML: escaped text, the removed words in {@code <del>}; empty for an inserted line
 * @param newHtml the new line as HTML: escaped text, the added words in {@code <ins>}; empty for a deleted line
 */
public record DiffLine(Change change, String oldHtml, String newHtml) {

    /** How a row differs between the two texts. */
    public enum Change {
        /** The same line in both texts. */
        UNCHANGED,
        /** A line reworded: the differing words are marked on both sides. */
        CHANGED,
        /** A line only in the new text. */
        INSERTED,
        /** A line only in the old text. */
        DELETED
    }

    public DiffLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(oldHtml, "oldHtml");
        Objects.requireNonNull(newHtml, "newHtml");
    }
}
