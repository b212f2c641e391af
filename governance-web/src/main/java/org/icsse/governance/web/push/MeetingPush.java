package org.icsse.governance.web.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import org.icsse.governance.application.meeting.MeetingChanged;

/**
 * Once a change to a meeting has committed, tells the pages open on that meeting (and only those: each
 * page's socket is registered under its meeting's id as the "user" of the channel) to refresh.
 */
@ApplicationScoped
public class MeetingPush {

    /** The channel of the pages showing a meeting live: the meeting page and the chair console. */
    public static final String CHANNEL = "meetingConsole";
    /** The message the pages' {@code f:ajax event} listens for. */
    public static final String CHANGED = "changed";

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingChanged change) {
        pages.send(CHANGED, Long.valueOf(change.meetingId()));
    }
}
