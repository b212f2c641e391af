package org.icsse.governance.application.motion;

import java.time.Instant;

/** One change in a motion's history, from the audit log: what happened, who did it, when. */
public record HistoryEntry(Instant when, String actor, String action) {
}
