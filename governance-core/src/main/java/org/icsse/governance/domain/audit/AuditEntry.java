package org.icsse.governance.domain.audit;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One link of the audit log: a change of state, who made it and when, what the record was before and
 * after, and the hash that chains it to the link before. Never changed once written.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.range", query = "select e from AuditEntry e where e.sequence > :after order by e.sequence")
@NamedQuery(name = "AuditEntry.newest", query = "select e from AuditEntry e order by e.sequence desc")
@NamedQuery(name = "AuditEntry.aboutSubject", query = "select e from AuditEntry e"
        + " where e.subjectType = :type and e.subjectId = :id order by e.sequence")
@NamedQuery(name = "AuditEntry.count", query = "select count(e) from AuditEntry e")
public class AuditEntry {

    @Id
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;

    @Column(name = "subject_id", length = 64)
    private String subjectId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long sequence, AuditRecord record, String previousHash) {
        this.sequence = sequence;
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.action = record.action();
        this.subjectType = record.subjectType();
        this.subjectId = record.subjectId();
        this.before = record.before();
        this.after = record.after();
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = AuditChain.hash(sequence, record, previousHash);
    }

    /** The facts this entry records, as they are stored now. */
    public AuditRecord record() {
        return new AuditRecord(occurredAt, actor, action, subjectType, subjectId, before, after);
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
