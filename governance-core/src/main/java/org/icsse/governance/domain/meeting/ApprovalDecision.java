package org.icsse.governance.domain.meeting;

import java.time.Instant;
import java.util.Objects;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;

/**
 * The decision of a meeting that approves the minutes of an earlier meeting of the same body: the deciding
 * meeting (id, body, start) and, optionally, the reference of the decision in the register
 * ({@code ICSSE/2026/012}).
 */
public record ApprovalDecision(Long meetingId, Long bodyId, Instant meetingStart, String reference) {

    public static final int REFERENCE_MAX = 40;

    public ApprovalDecision {
        if (meetingId == null) {
            throw new InvalidValueException("decision", "value.required");
        }
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(meetingStart, "meetingStart");
        reference = Texts.optionalLine("reference", reference, REFERENCE_MAX);
    }

    /** The decision taken in that meeting. */
    public static ApprovalDecision of(Meeting deciding, String reference) {
        return new ApprovalDecision(deciding.id(), deciding.bodyId(), deciding.start(), reference);
    }
}
