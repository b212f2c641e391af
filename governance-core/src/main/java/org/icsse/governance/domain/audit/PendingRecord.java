package org.icsse.governance.domain.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The facts of a change, written in the change's own transaction and waiting to be sealed into the chain as an
 * {@link AuditEntry}. Writing this row takes no lock, so changes of unrelated records (two networks' votes) commit
 * in parallel; one sealer at a time (the one holding {@link AuditHead}) links the waiting records to the chain,
 * oldest first, and deletes them in the same transaction.
 */
@Entity
@Table(name = "audit_pending")
@NamedQuery(name = "PendingRecord.oldest", query = "select p from PendingRecord p order by p.id")
@NamedQuery(name = "PendingRecord.remove", query = "delete from PendingRecord p where p.id in :ids")
public class PendingRecord {

    /** Ids are taken 50 at a time (the sequence's increment): no round trip to the database per record. */
    @Id
    @SequenceGenerator(name = "audit_pending_seq", sequenceName = "audit_pending_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_pending_seq")
    private Long id;

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

    protected PendingRecord() {
        // for JPA
    }

    public PendingRecord(AuditRecord record) {
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.action = record.action();
        this.subjectType = record.subjectType();
        this.subjectId = record.subjectId();
        this.before = record.before();
        this.after = record.after();
    }

    public Long id() {
        return id;
    }

    /** The facts to seal. */
    public AuditRecord record() {
        return new AuditRecord(occurredAt, actor, action, subjectType, subjectId, before, after);
    }
}
