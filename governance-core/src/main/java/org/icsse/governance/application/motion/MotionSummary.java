package org.icsse.governance.application.motion;

import java.time.Instant;

import org.icsse.governance.domain.motion.MotionStatus;

/** A line of the motions list: a motion or an amendment with its seconds and what it still needs. */
public record MotionSummary(long id, String number, String title, NetworkRef proposer, MotionStatus status,
        int seconds, int secondsRequired, long bodyId, String bodyCode, Instant submittedAt, Long amendsId) {

    public boolean isAmendment() {
        return amendsId != null;
    }
}
