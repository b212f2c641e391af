package org.icsse.governance.web.api.motion;

import java.time.Instant;

import org.icsse.governance.application.motion.HistoryEntry;

/** One change of a motion, from the audit log: when, who ({@code actor}, a username) and what ({@code action}). */
public record HistoryEntryResponse(Instant when, String actor, String action) {

    static HistoryEntryResponse of(HistoryEntry entry) {
        return new HistoryEntryResponse(entry.when(), entry.actor(), entry.action());
    }
}
