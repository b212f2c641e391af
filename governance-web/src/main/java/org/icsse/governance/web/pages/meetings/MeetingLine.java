package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.meeting.MeetingView;

/** A line of the meetings list: title, start and status. */
public class MeetingLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final Instant start;
    private final String status;

    MeetingLine(MeetingView view) {
        this.id = view.id();
        this.title = view.title();
        this.start = view.start();
        this.status = view.status().name();
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStart() {
        return start;
    }

    public String getStatus() {
        return status;
    }
}
