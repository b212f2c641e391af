package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;
import java.time.Instant;

/**
 * A meeting with where its minutes stand, for a list: plain values, safe to keep in the view. The status is
 * the name of the minutes' status, or {@code null} when they are not started; the end of the comment period
 * is set once they circulate.
 */
public final class MinutesRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long meetingId;
    private final String meetingTitle;
    private final String bodyCode;
    private final Instant meetingStart;
    private final String status;
    private final Instant commentPeriodEnd;

    MinutesRow(long meetingId, String meetingTitle, String bodyCode, Instant meetingStart, String status, Instant commentPeriodEnd) {
        this.meetingId = meetingId;
        this.meetingTitle = meetingTitle;
        this.bodyCode = bodyCode;
        this.meetingStart = meetingStart;
        this.status = status;
        this.commentPeriodEnd = commentPeriodEnd;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public Instant getMeetingStart() {
        return meetingStart;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCommentPeriodEnd() {
        return commentPeriodEnd;
    }

    public boolean isStarted() {
        return status != null;
    }
}
