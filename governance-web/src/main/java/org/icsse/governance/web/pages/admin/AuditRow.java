package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.domain.audit.AuditEntry;

/** One entry of the audit log as shown: plain values, the states as the JSON text they were recorded as. */
public final class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long sequence;
    private final Instant occurredAt;
    private final String actor;
    private final String action;
    private final String subjectType;
    private final String subjectId;
    private final String before;
    private final String after;

    AuditRow(AuditEntry entry) {
        sequence = entry.sequence();
        occurredAt = entry.occurredAt();
        actor = entry.actor();
        action = entry.action();
        subjectType = entry.subjectType();
        subjectId = entry.subjectId();
        before = entry.before();
        after = entry.after();
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    /** The kind of record the entry is about (network, body, account), translated by the page. */
    public String getSubjectType() {
        return subjectType;
    }

    /** The id of that record, or {@code null} for an entry about the whole application. */
    public String getSubjectId() {
        return subjectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
