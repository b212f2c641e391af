package org.icsse.governance.domain.ballot;

/** What a network answers on a ballot. */
public enum Choice {
    /** For the motion. */
    FOR,
    /** Against the motion. */
    AGAINST,
    /** Takes part without taking sides: counts towards the quorum, not for or against. */
    ABSTAIN
}
