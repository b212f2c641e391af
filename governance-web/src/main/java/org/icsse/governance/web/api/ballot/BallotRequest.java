package org.icsse.governance.web.api.ballot;

import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.body.Quorum;

/**
 * A ballot as the chair or the secretariat sends it to {@code POST /ballots}: the motion or amendment
 * ({@code motionId}), and the rules, each left out (or {@code null}) to take the body's: {@code majority} (SIMPLE,
 * ABSOLUTE, TWO_THIRDS, CONSENSUS), {@code doubleMajority}, {@code quorum} (either percentage may be left out),
 * {@code secret}; {@code closesAt} (an ISO-8601 instant) makes it a remote ballot.
 */
public record BallotRequest(String motionId, String majority, Boolean doubleMajority, Quorum quorum, Boolean secret,
        String closesAt) {

    BallotForm toForm() {
        return new BallotForm(Ids.field("motionId", "motion", motionId), majority, doubleMajority,
                quorum == null ? null : quorum.networksPercent(), quorum == null ? null : quorum.weightPercent(), secret,
                closesAt);
    }
}
