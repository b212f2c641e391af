package org.icsse.governance.domain.meeting;

import java.util.EnumSet;
import java.util.Set;

import org.icsse.governance.domain.shared.IllegalTransitionException;

/**
 * Where the minutes of a meeting stand: draft → circulated → approved.
 * <p>
 * Circulated minutes may go back to draft for a correction (a comment pointed at a mistake); circulating
 * them again starts a new comment period. Approved minutes are final: they never change again.
 */
public enum MinutesStatus {
    DRAFT,
    CIRCULATED,
    APPROVED;

    /** The statuses this one may change to. */
    public Set<MinutesStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(CIRCULATED);
            case CIRCULATED -> EnumSet.of(DRAFT, APPROVED);
            case APPROVED -> EnumSet.noneOf(MinutesStatus.class);
        };
    }

    public boolean canBecome(MinutesStatus target) {
        return next().contains(target);
    }

    /** The target status, when this one may change to it; otherwise a typed refusal. */
    public MinutesStatus transitionTo(MinutesStatus target) {
        if (!canBecome(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
