package org.icsse.governance.infrastructure.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.audit.AuditEntry;
import org.icsse.governance.domain.audit.AuditHead;
import org.icsse.governance.domain.audit.AuditLog;
import org.icsse.governance.domain.audit.PendingRecord;

/** The audit chain in the database. Entries are only ever inserted; waiting records are inserted, then deleted once sealed. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public AuditHead lockHead() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head == null) {
            throw new IllegalStateException("the audit_head row is missing: the schema was not migrated");
        }
        // Locked once per transaction: SELECT … FOR UPDATE re-reads the row, so the head is the one the last
        // committed append left; a transaction that appends many entries (an import) does not lock it again.
        if (em.getLockMode(head) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(head, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public void addPending(PendingRecord record) {
        em.persist(record);
    }

    @Override
    public List<PendingRecord> pending(int limit) {
        return em.createNamedQuery("PendingRecord.oldest", PendingRecord.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void removeSealed(List<PendingRecord> sealed) {
        if (sealed.isEmpty()) {
            return;
        }
        // entries first: the sealed records leave the table in the same flush as their entries arrive
        em.flush();
        em.createNamedQuery("PendingRecord.remove")
                .setParameter("ids", sealed.stream().map(PendingRecord::id).toList())
                .executeUpdate();
    }

    @Override
    public List<AuditEntry> after(long after, int limit) {
        return em.createNamedQuery("AuditEntry.range", AuditEntry.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEntry> newest(int offset, int limit) {
        return em.createNamedQuery("AuditEntry.newest", AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult();
    }

    @Override
    public List<AuditEntry> aboutSubject(String subjectType, String subjectId, int limit) {
        return em.createNamedQuery("AuditEntry.aboutSubject", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .setMaxResults(limit)
                .getResultList();
    }
}
