package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;
import java.util.stream.Collectors;

import org.icsse.governance.application.ballot.VotingCard;

/** An open ballot as the home page lists it: the question, the networks the delegate votes for, and whether all have voted. */
public final class OpenBallotLink implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long ballotId;
    private final String motionNumber;
    private final String title;
    private final String networks;
    private final boolean allVoted;

    public OpenBallotLink(VotingCard card) {
        ballotId = card.ballot().id();
        motionNumber = card.ballot().motionNumber();
        title = card.ballot().title();
        networks = card.networks().stream().map(n -> n.network().acronym()).collect(Collectors.joining(", "));
        allVoted = card.networks().stream().allMatch(n -> n.current() != null);
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

    /** The acronyms of the networks the delegate votes for on it. */
    public String getNetworks() {
        return networks;
    }

    public boolean isAllVoted() {
        return allVoted;
    }

    public boolean isToVote() {
        return !allVoted;
    }
}
