package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.meeting.MinutesView;

/** A network's comment on the minutes, as shown. */
public final class CommentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String network;
    private final String text;
    private final boolean objection;
    private final Instant when;

    CommentRow(MinutesView.Comment comment) {
        network = comment.network().acronym();
        text = comment.text();
        objection = comment.objection();
        when = comment.when();
    }

    public String getNetwork() {
        return network;
    }

    public String getText() {
        return text;
    }

    public boolean isObjection() {
        return objection;
    }

    public Instant getWhen() {
        return when;
    }
}
