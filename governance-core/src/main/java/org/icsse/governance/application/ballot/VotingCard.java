package org.icsse.governance.application.ballot;

import java.util.List;

import org.icsse.governance.application.motion.NetworkRef;

/**
 * An open ballot as a delegate meets it: the ballot, and each network the delegate votes for on it — their
 * own, and those whose proxy their network holds in the ballot's meeting — with its current vote, if any.
 */
public record VotingCard(BallotView ballot, List<NetworkVote> networks) {

    public VotingCard {
        networks = List.copyOf(networks);
    }

    /** One network the delegate votes for, {@code byProxy} when it is another network's, and its current vote. */
    public record NetworkVote(NetworkRef network, boolean byProxy, VoteReceipt current) {
    }
}
