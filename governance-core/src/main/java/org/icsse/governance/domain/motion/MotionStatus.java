package org.icsse.governance.domain.motion;

import java.util.EnumSet;
import java.util.Set;

import org.icsse.governance.domain.shared.IllegalTransitionException;

/**
 * Where a motion (or an amendment) stands, and where it may go from there.
 * <p>
 * A postponed motion comes back as {@link #ADMITTED}, never straight onto an agenda: the one way onto
 * an agenda goes through admission, whose check of the seconds cannot be skipped, and the chair then
 * puts it on the agenda of the meeting that will take it. A postponed motion may also be withdrawn: the
 * proposer may withdraw until voting starts, and a postponed motion has not been voted on.
 */
public enum MotionStatus {
    DRAFT,
    SUBMITTED,
    ADMITTED,
    ON_AGENDA,
    VOTING,
    ADOPTED,
    REJECTED,
    WITHDRAWN,
    POSTPONED;

    /** The statuses this one may change to. */
    public Set<MotionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(ADMITTED, WITHDRAWN, POSTPONED);
            case ADMITTED -> EnumSet.of(ON_AGENDA, VOTING, WITHDRAWN, POSTPONED);
            case ON_AGENDA -> EnumSet.of(VOTING, WITHDRAWN, POSTPONED);
            case VOTING -> EnumSet.of(ADOPTED, REJECTED, ADMITTED, ON_AGENDA);
            case POSTPONED -> EnumSet.of(ADMITTED, WITHDRAWN);
            case ADOPTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(MotionStatus.class);
        };
    }

    public boolean canBecome(MotionStatus target) {
        return next().contains(target);
    }

    /** The target status, when this one may change to it; otherwise a typed refusal. */
    public MotionStatus transitionTo(MotionStatus target) {
        if (!canBecome(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

    /** Nothing happens to a motion any more: adopted, rejected or withdrawn. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Still to be decided by the body: submitted and not yet adopted, rejected or withdrawn. */
    public boolean isUndecided() {
        return this != DRAFT && !isFinal();
    }
}
