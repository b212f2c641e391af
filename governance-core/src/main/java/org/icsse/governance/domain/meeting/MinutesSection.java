package org.icsse.governance.domain.meeting;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The record of one agenda item in the minutes: rich text (HTML or Markdown, as the editor gives it; the
 * application sanitises it before it shows it), empty until written. Immutable.
 */
@Embeddable
public class MinutesSection {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "text", length = Minutes.SECTION_MAX)
    private String text;

    protected MinutesSection() {
        // for JPA
    }

    MinutesSection(long itemId, String text) {
        this.itemId = itemId;
        this.text = text;
    }

    /** The agenda item this section records. */
    public long itemId() {
        return itemId;
    }

    /** The text; {@code null} while not written. */
    public String text() {
        return text;
    }

    public boolean isWritten() {
        return text != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinutesSection that && itemId == that.itemId && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, text);
    }

    @Override
    public String toString() {
        return "MinutesSection[" + itemId + (isWritten() ? ", " + text.length() + " chars" : ", empty") + "]";
    }
}
