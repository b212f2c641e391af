package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.icsse.governance.application.ballot.BallotView;

/**
 * What both ballot pages say of a ballot, as plain values with getters for EL: the question (the motion or
 * amendment put to the vote), the body, whether it is open, and its rules already put into words.
 */
public final class BallotSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long motionId;
    private final String motionNumber;
    private final String title;
    private final String bodyCode;
    private final String status;
    private final boolean open;
    private final boolean secret;
    private final Long meetingId;
    private final Instant openedAt;
    private final Instant closesAt;
    private final Instant closedAt;
    private final List<String> rules;

    BallotSummary(BallotView view, List<String> rules) {
        id = view.id();
        motionId = view.motionId();
        motionNumber = view.motionNumber();
        title = view.title();
        bodyCode = view.bodyCode();
        status = view.status().name();
        open = view.isOpen();
        secret = view.secret();
        meetingId = view.meetingId();
        openedAt = view.openedAt();
        closesAt = view.closesAt();
        closedAt = view.closedAt();
        this.rules = List.copyOf(rules);
    }

    public long getId() {
        return id;
    }

    /** The motion or amendment voted on (the motion page shows either). */
    public long getMotionId() {
        return motionId;
    }

    public String getMotionNumber() {
        return motionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    /** The bundle key suffix of the status: {@code OPEN} or {@code CLOSED}. */
    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isClosed() {
        return !open;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isNamed() {
        return !secret;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public boolean isInMeeting() {
        return meetingId != null;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isRemote() {
        return closesAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The rules of the ballot, one sentence each: majority, quorum, secrecy, when it closes. */
    public List<String> getRules() {
        return rules;
    }
}
