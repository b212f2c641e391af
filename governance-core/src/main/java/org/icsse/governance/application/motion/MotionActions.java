package org.icsse.governance.application.motion;

/**
 * What the caller may do with a motion now: computed by the service from the caller, the motion and its
 * body, so that pages and the API offer exactly what the service will accept.
 */
public record MotionActions(boolean edit, boolean submit, boolean second, boolean admit, boolean postpone,
        boolean withdraw, boolean amend, boolean translate, boolean approveTranslation) {
}
