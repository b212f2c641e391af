package org.icsse.governance.domain.shared;

/** A status change that the status' workflow does not allow. */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(Enum<?> from, Enum<?> to) {
        super("status", "transition.illegal", from.name(), to.name());
    }
}
