package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.domain.ballot.Tally;

/**
 * The result of a ballot of the meeting as the minutes record it: the question, the outcome, the totals for,
 * against and abstaining (networks and weight) and the decision number. A secret ballot has the same totals and
 * nothing more, which is all the minutes hold of any ballot.
 */
public final class ResultRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long ballotId;
    private final String motionNumber;
    private final String title;
    private final String outcome;
    private final boolean secret;
    private final long forNetworks;
    private final long forWeight;
    private final long againstNetworks;
    private final long againstWeight;
    private final long abstainNetworks;
    private final long abstainWeight;
    private final String decisionNumber;
    private final Instant closedAt;

    ResultRow(MinutesView.BallotResult result) {
        ballotId = result.ballotId();
        motionNumber = result.motionNumber();
        title = result.title();
        outcome = result.outcome().name();
        secret = result.secret();
        Tally tally = result.tally();
        forNetworks = tally.inFavour().networks();
        forWeight = tally.inFavour().weight();
        againstNetworks = tally.against().networks();
        againstWeight = tally.against().weight();
        abstainNetworks = tally.abstain().networks();
        abstainWeight = tally.abstain().weight();
        decisionNumber = result.decisionNumber();
        closedAt = result.closedAt();
    }

    public long getBallotId() {
        return ballotId;
    }

    public String getMotionNumber() {
        return motionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isSecret() {
        return secret;
    }

    /** The translation key's last part for secret or named. */
    public String getKind() {
        return secret ? "SECRET" : "NAMED";
    }

    public long getForNetworks() {
        return forNetworks;
    }

    public long getForWeight() {
        return forWeight;
    }

    public long getAgainstNetworks() {
        return againstNetworks;
    }

    public long getAgainstWeight() {
        return againstWeight;
    }

    public long getAbstainNetworks() {
        return abstainNetworks;
    }

    public long getAbstainWeight() {
        return abstainWeight;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
