package org.icsse.governance.domain.ballot;

/** Whether a ballot still takes votes. */
public enum BallotStatus {
    /** Taking votes: each network of the electorate may cast, and cast again. */
    OPEN,
    /** Counted: the result is final and no vote is taken any more. */
    CLOSED
}
