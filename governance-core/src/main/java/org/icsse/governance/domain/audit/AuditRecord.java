package org.icsse.governance.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The facts of one change: when (to the millisecond, the precision every database keeps), who, what
 * action on which subject, and the subject's state before and after as JSON ({@code null} when it
 * did not exist).
 */
public record AuditRecord(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
        String before, String after) {

    public AuditRecord {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
    }
}
