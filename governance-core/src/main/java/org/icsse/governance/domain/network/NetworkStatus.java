package org.icsse.governance.domain.network;

import java.util.EnumSet;
import java.util.Set;

import org.icsse.governance.domain.shared.IllegalTransitionException;

/**
 * Where a network stands in the coalition, and where it may go from there. Membership is voluntary
 * and open (charter): a withdrawn network may apply again.
 */
public enum NetworkStatus {
    APPLICANT,
    MEMBER,
    SUSPENDED,
    WITHDRAWN;

    /** The statuses this one may change to. */
    public Set<NetworkStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(MEMBER, WITHDRAWN);
            case MEMBER -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(MEMBER, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(APPLICANT);
        };
    }

    public boolean canBecome(NetworkStatus target) {
        return next().contains(target);
    }

    /** The target status, when this one may change to it; otherwise a typed refusal. */
    public NetworkStatus transitionTo(NetworkStatus target) {
        if (!canBecome(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

    /** Only members in good standing vote. */
    public boolean isVoting() {
        return this == MEMBER;
    }
}
