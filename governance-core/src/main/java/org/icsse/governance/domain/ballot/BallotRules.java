package org.icsse.governance.domain.ballot;

import java.util.Objects;

import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;

/**
 * The rules one ballot is decided by: the majority it needs, whether that majority must hold on counts of
 * networks as well as on weights (double majority), and the quorum of participation.
 */
public record BallotRules(MajorityRule majority, boolean doubleMajority, QuorumRule quorum) {

    public BallotRules {
        Objects.requireNonNull(majority, "majority");
        Objects.requireNonNull(quorum, "quorum");
    }

    /** The body's standing rules: its default majority, on weights only, and its quorum. */
    public static BallotRules of(BodyRules body) {
        Objects.requireNonNull(body, "body rules");
        return new BallotRules(body.majority(), false, body.quorum());
    }
}
