package org.icsse.governance.domain.meeting;

import java.time.Instant;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Violations;

/** When a meeting sits: from its start to its end, two instants (UTC), the end after the start. */
public record Schedule(Instant start, Instant end) {

    public Schedule {
        Violations violations = new Violations();
        if (start == null) {
            violations.add(new InvalidValueException("start", "value.required"));
        }
        if (end == null) {
            violations.add(new InvalidValueException("end", "value.required"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(new InvalidValueException("end", "meeting.endNotAfterStart"));
        }
        violations.throwIfAny();
    }
}
