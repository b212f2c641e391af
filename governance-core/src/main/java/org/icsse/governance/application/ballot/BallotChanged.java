package org.icsse.governance.application.ballot;

/**
 * A ballot opened, took a vote or closed; fired after the change is committed, for live screens. Says nothing
 * of any vote.
 */
public record BallotChanged(long ballotId, Long meetingId) {
}
