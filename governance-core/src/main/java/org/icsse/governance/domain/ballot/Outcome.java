package org.icsse.governance.domain.ballot;

/** How a ballot ends. */
public enum Outcome {
    /** Quorum met and the majority reached. */
    ADOPTED,
    /** Quorum met but the majority not reached (a ballot with no votes at all is rejected). */
    REJECTED,
    /** Too few networks or too little weight took part: the question is not decided, whatever the votes. */
    NO_QUORUM
}
