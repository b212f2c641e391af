package org.icsse.governance.domain.meeting;

import java.util.EnumSet;
import java.util.Set;

import org.icsse.governance.domain.shared.IllegalTransitionException;

/**
 * Where a meeting stands, and where it may go from there: planned → in session → adjourned → closed,
 * and an adjourned meeting may resume its sitting.
 * <p>
 * A sitting is closed only once adjourned: the chair adjourns it (perhaps to resume later), and closing
 * it for good is a separate step. There is no cancelled status: the issue does not have one.
 */
public enum MeetingStatus {
    PLANNED,
    IN_SESSION,
    ADJOURNED,
    CLOSED;

    /** The statuses this one may change to. */
    public Set<MeetingStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_SESSION);
            case IN_SESSION -> EnumSet.of(ADJOURNED);
            case ADJOURNED -> EnumSet.of(IN_SESSION, CLOSED);
            case CLOSED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean canBecome(MeetingStatus target) {
        return next().contains(target);
    }

    /** The target status, when this one may change to it; otherwise a typed refusal. */
    public MeetingStatus transitionTo(MeetingStatus target) {
        if (!canBecome(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

    /** Nothing happens to a closed meeting any more. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
