package org.icsse.governance.web.api.audit;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.domain.audit.AuditEntry;

/**
 * One entry of the audit log as the secretariat reads it: who changed what and when, the record
 * before and after (as JSON, {@code null} when it did not exist), and the hashes of the chain.
 */
@JsonbNillable
public record AuditEntryResponse(long sequence, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
        JsonValue before, JsonValue after, String previousHash, String hash) {

    public static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.sequence(), entry.occurredAt(), entry.actor(), entry.action(), entry.subjectType(),
                entry.subjectId(), json(entry.before()), json(entry.after()), entry.previousHash(), entry.hash());
    }

    private static JsonValue json(String state) {
        if (state == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(state))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return Json.createValue(state);
        }
    }
}
