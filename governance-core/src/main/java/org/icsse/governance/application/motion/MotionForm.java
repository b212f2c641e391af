package org.icsse.governance.application.motion;

/**
 * A motion as typed by a delegate or sent to the API. {@code proposerNetworkId} is named only by the
 * secretariat proposing for a network; a delegate always proposes for their own.
 */
public record MotionForm(Long bodyId, String title, String text, String rationale, String language,
        Long proposerNetworkId) {
}
