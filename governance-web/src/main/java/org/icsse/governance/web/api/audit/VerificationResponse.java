package org.icsse.governance.web.api.audit;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.audit.AuditTrail;

/**
 * The check of the audit chain as the secretariat reads it: whether it is intact, how many entries
 * hold, and where and why it first breaks ({@code null} when intact).
 */
@JsonbNillable
public record VerificationResponse(boolean intact, long intactEntries, Long brokenAtSequence, String reason) {

    public static VerificationResponse of(AuditTrail.ChainReport report) {
        return new VerificationResponse(report.intact(), report.intactEntries(),
                report.firstBreak().map(b -> b.sequence()).orElse(null),
                report.firstBreak().map(b -> b.reason().name()).orElse(null));
    }
}
