package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;

import org.icsse.governance.application.meeting.MeetingView;

/**
 * An item of the agenda as the pages show it: its place, kind, title (a motion's number and title), its
 * time allotment (typed in by the secretariat before the meeting) and whether the sitting is on it.
 */
public class AgendaLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long itemId;
    private final int position;
    private final String kind;
    private final String motionNumber;
    private final String title;
    private final String motionStatus;
    private final boolean current;
    private final boolean takeable;
    private Integer allottedMinutes;

    AgendaLine(MeetingView.AgendaRow row, int position, boolean sittingOn) {
        this.itemId = row.itemId();
        this.position = position;
        this.kind = row.kind().name();
        this.motionNumber = row.motionNumber();
        this.title = row.title();
        this.motionStatus = row.motionStatus() == null ? null : row.motionStatus().name();
        this.current = row.current();
        this.takeable = sittingOn && !row.current();
        this.allottedMinutes = row.allottedMinutes();
    }

    public long getItemId() {
        return itemId;
    }

    public int getPosition() {
        return position;
    }

    public String getKind() {
        return kind;
    }

    public String getMotionNumber() {
        return motionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getMotionStatus() {
        return motionStatus;
    }

    public boolean isCurrent() {
        return current;
    }

    /** The chair may move the sitting to this item. */
    public boolean isTakeable() {
        return takeable;
    }

    /** The row's style: the current item stands out. */
    public String getStyleClass() {
        return current ? "ui-state-highlight agenda-current" : null;
    }

    public Integer getAllottedMinutes() {
        return allottedMinutes;
    }

    public void setAllottedMinutes(Integer allottedMinutes) {
        this.allottedMinutes = allottedMinutes;
    }
}
