package org.icsse.governance.domain.audit;

import java.util.List;

/** The append-only store of the audit chain, and of the records waiting to be sealed into it. */
public interface AuditLog {

    /** The head of the chain, locked until the end of the transaction. */
    AuditHead lockHead();

    void add(AuditEntry entry);

    /** Writes a change's record to wait for sealing; locks nothing. */
    void addPending(PendingRecord record);

    /** Up to {@code limit} records waiting to be sealed, oldest first. */
    List<PendingRecord> pending(int limit);

    /** Deletes records that have just been sealed (in the transaction that sealed them). */
    void removeSealed(List<PendingRecord> sealed);

    /** Up to {@code limit} entries after sequence {@code after}, in order. */
    List<AuditEntry> after(long after, int limit);

    /** The newest entries first, for reading. */
    List<AuditEntry> newest(int offset, int limit);

    long count();

    /** The entries about one subject (e.g. {@code motion} 42), oldest first, at most {@code limit}. */
    List<AuditEntry> aboutSubject(String subjectType, String subjectId, int limit);
}
