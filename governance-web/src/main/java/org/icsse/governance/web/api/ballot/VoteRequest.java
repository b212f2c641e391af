package org.icsse.governance.web.api.ballot;

/** A network's vote as a delegate sends it to {@code PUT /ballots/{id}/votes/{networkId}}: FOR, AGAINST or ABSTAIN. */
public record VoteRequest(String choice) {
}
