package org.icsse.governance.application.ballot;

import java.time.Instant;

/** An entry of the decisions register as the public reads it. */
public record DecisionView(long id, String number, String title, String text, String html, Instant adoptedAt,
        long bodyId, String bodyCode, String bodyName, long motionId, String motionNumber, long ballotId,
        Long meetingId) {
}
