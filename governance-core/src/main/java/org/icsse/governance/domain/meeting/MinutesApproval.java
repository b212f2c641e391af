package org.icsse.governance.domain.meeting;

/** How minutes were approved. */
public enum MinutesApproval {
    /** By a decision of a later meeting of the same body. */
    DECISION,
    /** By the secretariat, after a comment period of at least seven days that drew no objection. */
    SECRETARIAT
}
