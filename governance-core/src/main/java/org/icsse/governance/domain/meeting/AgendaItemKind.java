package org.icsse.governance.domain.meeting;

/** What an agenda item is about: a motion (with its amendments), or a free item. */
public enum AgendaItemKind {
    MOTION,
    REPORT,
    DISCUSSION;

    /** A report or a discussion: an item with a title of its own and no motion. */
    public boolean isFree() {
        return this != MOTION;
    }
}
