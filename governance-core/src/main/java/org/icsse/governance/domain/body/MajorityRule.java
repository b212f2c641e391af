package org.icsse.governance.domain.body;

/** The majority a question needs to be adopted (the exact rules are in DESIGN.md, "Voting rules"). */
public enum MajorityRule {
    /** More weight for than against; abstentions do not count; a tie is rejected. */
    SIMPLE,
    /** More than half of the electorate's weight for. */
    ABSOLUTE,
    /** At least two thirds of the weight cast for or against, and some weight for. */
    TWO_THIRDS,
    /** Nobody against and at least one network for. */
    CONSENSUS
}
