package org.icsse.governance.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. There is one row; appending locks it, so
 * that two transactions never append after the same entry.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        // for JPA
    }

    /** The head of an empty chain (the database starts with this row). */
    public static AuditHead genesis() {
        AuditHead head = new AuditHead();
        head.id = ID;
        head.lastSequence = 0;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    /** Links a new entry after the last one and moves the head to it. */
    public AuditEntry append(AuditRecord record) {
        AuditEntry entry = new AuditEntry(lastSequence + 1, record, lastHash);
        lastSequence = entry.sequence();
        lastHash = entry.hash();
        return entry;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
