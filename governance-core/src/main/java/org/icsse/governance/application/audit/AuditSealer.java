package org.icsse.governance.application.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.domain.audit.AuditHead;
import org.icsse.governance.domain.audit.AuditLog;
import org.icsse.governance.domain.audit.PendingRecord;

/**
 * Seals waiting records into the hash chain, in a transaction of its own: locks the chain's head (so one sealer
 * at a time, in the whole cluster), appends the oldest waiting records as entries and deletes them. A record is
 * sealed exactly once: a second sealer waits for the head, then no longer sees what the first deleted.
 */
@ApplicationScoped
public class AuditSealer {

    /** Records sealed per transaction at most. */
    static final int BATCH = 500;

    @Inject
    AuditLog log;

    /** Seals up to {@link #BATCH} waiting records, oldest first, and says how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealOldest() {
        // looked at before locking: a reader's or an idle sweep's call with nothing waiting locks nothing
        if (log.pending(1).isEmpty()) {
            return 0;
        }
        AuditHead head = log.lockHead();
        List<PendingRecord> waiting = log.pending(BATCH);
        for (PendingRecord record : waiting) {
            log.add(head.append(record.record()));
        }
        log.removeSealed(waiting);
        return waiting.size();
    }
}
