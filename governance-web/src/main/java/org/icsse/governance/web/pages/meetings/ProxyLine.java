package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.meeting.MeetingView;

/** A proxy of the meeting: who gave it to whom, when, and whether it was revoked. */
public class ProxyLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String giver;
    private final String holder;
    private final Instant givenAt;
    private final Instant revokedAt;

    ProxyLine(MeetingView.ProxyRow row) {
        this.giver = row.giver().acronym();
        this.holder = row.holder().acronym();
        this.givenAt = row.givenAt();
        this.revokedAt = row.revokedAt();
    }

    public String getGiver() {
        return giver;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
