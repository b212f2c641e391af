package org.icsse.governance.domain.meeting;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * One item of a meeting's agenda: a motion (its amendments go with it, so only the motion is named) or a
 * free item (a report or a discussion, with a title), and an optional time allotment in whole minutes.
 * Its id is given by the meeting and is unique within it; its position orders the agenda (gaps allowed).
 * Immutable: a move is a new item at the new position, which the database stores as a new row (an
 * order column instead would be rewritten by matching every column, and a free item's empty motion
 * never matches).
 */
@Embeddable
public class AgendaItem {

    public static final int TITLE_MAX = 200;
    public static final int MINUTES_MIN = 1;
    public static final int MINUTES_MAX = 600;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AgendaItemKind kind;

    @Column(name = "motion_id")
    private Long motionId;

    @Column(name = "title", length = TITLE_MAX)
    private String title;

    @Column(name = "allotted_minutes")
    private Integer allottedMinutes;

    @Column(name = "position", nullable = false)
    private int position;

    protected AgendaItem() {
        // for JPA
    }

    private AgendaItem(long itemId, AgendaItemKind kind, Long motionId, String title, Integer allottedMinutes,
            int position) {
        this.itemId = itemId;
        this.kind = kind;
        this.motionId = motionId;
        this.title = title;
        this.allottedMinutes = allottedMinutes;
        this.position = position;
    }

    /** An item that puts a motion, with its amendments, before the meeting. */
    static AgendaItem motion(long itemId, Long motionId, Integer allottedMinutes) {
        Violations violations = new Violations();
        if (motionId == null) {
            violations.add(new InvalidValueException("motionId", "value.required"));
        }
        Integer minutes = violations.check(() -> checkAllotment(allottedMinutes));
        violations.throwIfAny();
        return new AgendaItem(itemId, AgendaItemKind.MOTION, motionId, null, minutes, 0);
    }

    /** A report or a discussion. */
    static AgendaItem free(long itemId, AgendaItemKind kind, String title, Integer allottedMinutes) {
        Violations violations = new Violations();
        if (kind == null) {
            violations.add(new InvalidValueException("kind", "value.required"));
        } else if (!kind.isFree()) {
            violations.add(new InvalidValueException("kind", "agenda.freeKind"));
        }
        String checkedTitle = violations.check(() -> Texts.requireLine("title", title, TITLE_MAX));
        Integer minutes = violations.check(() -> checkAllotment(allottedMinutes));
        violations.throwIfAny();
        return new AgendaItem(itemId, kind, null, checkedTitle, minutes, 0);
    }

    /** The same item with another time allotment ({@code null}: none). */
    AgendaItem withAllotment(Integer minutes) {
        return new AgendaItem(itemId, kind, motionId, title, checkAllotment(minutes), position);
    }

    /** The same item at another position of the agenda. */
    AgendaItem at(int newPosition) {
        return new AgendaItem(itemId, kind, motionId, title, allottedMinutes, newPosition);
    }

    /** Where the item stands on the agenda: a smaller position comes first. */
    int position() {
        return position;
    }

    private static Integer checkAllotment(Integer minutes) {
        return minutes == null ? null : Texts.requireRange("allottedMinutes", minutes, MINUTES_MIN, MINUTES_MAX);
    }

    public long id() {
        return itemId;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public boolean isMotion() {
        return kind == AgendaItemKind.MOTION;
    }

    /** The motion put before the meeting; {@code null} for a free item. */
    public Long motionId() {
        return motionId;
    }

    /** The title of a free item; {@code null} for a motion item (it has its motion's title). */
    public String title() {
        return title;
    }

    /** The time allotted in whole minutes, or {@code null} when none is. */
    public Integer allottedMinutes() {
        return allottedMinutes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaItem that && itemId == that.itemId && kind == that.kind
                && Objects.equals(motionId, that.motionId) && Objects.equals(title, that.title)
                && Objects.equals(allottedMinutes, that.allottedMinutes) && position == that.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, kind, motionId, title, allottedMinutes, position);
    }

    @Override
    public String toString() {
        return "AgendaItem[" + itemId + " " + kind + (isMotion() ? " motion " + motionId : " " + title) + "]";
    }
}
