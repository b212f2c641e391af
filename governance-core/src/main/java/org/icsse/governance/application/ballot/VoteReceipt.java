package org.icsse.governance.application.ballot;

import java.time.Instant;

import org.icsse.governance.domain.ballot.Choice;

/**
 * A network's current vote on a ballot as its own delegates see it: the receipt of the latest cast and, while
 * they may see it, the choice ({@code null} once a secret ballot has closed: afterwards nobody reads a secret
 * choice back, the receipt is what the network keeps). {@code castAt} is when the receipt was given, shown
 * only right after the cast for a secret ballot (a secret vote keeps no time).
 */
public record VoteReceipt(long ballotId, long networkId, Choice choice, String receipt, Instant castAt) {
}
