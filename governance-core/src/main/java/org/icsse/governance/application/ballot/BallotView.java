package org.icsse.governance.application.ballot;

import java.time.Instant;
import java.util.List;

import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.domain.ballot.BallotStatus;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Result;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.domain.body.MajorityRule;

/**
 * A ballot as one caller may see it.
 * <ul>
 * <li>{@code participation}: how many networks have voted and their weight — for every ballot, open or closed;</li>
 * <li>{@code liveTally}: the running totals of an open <em>named</em> ballot, for the chair and the secretariat
 * only; {@code null} otherwise (a secret ballot shows participation only until it closes);</li>
 * <li>{@code result}: once closed, the result; {@code decisionNumber} when it adopted a motion.</li>
 * </ul>
 */
public record BallotView(long id, long motionId, String motionNumber, String title, Long amendsMotionId, long bodyId,
        String bodyCode, Long meetingId, BallotStatus status, MajorityRule majority, boolean doubleMajority,
        int quorumNetworksPercent, int quorumWeightPercent, boolean secret, Instant closesAt, Instant openedAt,
        Instant closedAt, Count electorate, Count participation, long networksNeeded, long weightNeeded,
        Tally liveTally, Result result, String decisionNumber, Actions actions) {

    /** What the caller may do with the ballot now. */
    public record Actions(boolean close, List<NetworkRef> voteFor, boolean readReceipts, boolean readRollCall,
            boolean verify) {

        public Actions {
            voteFor = List.copyOf(voteFor);
        }
    }

    public boolean isOpen() {
        return status == BallotStatus.OPEN;
    }
}
