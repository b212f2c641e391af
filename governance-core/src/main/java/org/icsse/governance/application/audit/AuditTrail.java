package org.icsse.governance.application.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.audit.AuditChain;
import org.icsse.governance.domain.audit.AuditEntry;
import org.icsse.governance.domain.audit.AuditLog;
import org.icsse.governance.domain.audit.AuditRecord;
import org.icsse.governance.domain.audit.PendingRecord;
import org.icsse.governance.domain.shared.Page;

/**
 * Writes every change of state to the audit log, inside the transaction that makes the change (so a change and
 * its record commit or roll back together), and checks the chain. The record waits, committed, to be sealed into
 * the hash chain by {@link AuditSealing} right after the commit: a change locks nothing of the log, so unrelated
 * changes commit in parallel (when each locked the chain's head until it committed, 64 voters' casts ran one at a
 * time). Whoever reads the log has every record committed before the read sealed first.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_BATCH = 500;
    private static final Jsonb JSON = JsonbBuilder.create();
    /** The key under which a transaction remembers that it will ask for sealing when it commits. */
    private static final Object SEAL_AFTER_COMMIT = AuditTrail.class.getName() + ".sealAfterCommit";

    @Inject
    AuditLog log;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    AuditSealing sealing;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Records one change: the action (e.g. {@code network.registered}), the subject, and its state
     * before and after ({@code null} when it did not exist or no longer does).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, Map<String, ?> before,
            Map<String, ?> after) {
        record(callers.current().name(), action, subjectType, subjectId, before, after);
    }

    /** As {@link #record(String, String, Object, Map, Map)}, for an actor who is not the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subjectType, Object subjectId, Map<String, ?> before,
            Map<String, ?> after) {
        AuditRecord facts = new AuditRecord(Instant.now(clock), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), toJson(before), toJson(after));
        log.addPending(new PendingRecord(facts));
        sealAfterCommit();
    }

    /**
     * The entries about one subject (e.g. {@code motion} 42), oldest first, at most {@code limit}. No role of its
     * own: the caller's service has checked that its caller may read that subject (a motion's history).
     */
    @Transactional
    public List<AuditEntry> aboutSubject(String subjectType, String subjectId, int limit) {
        sealing.sealAll();
        return log.aboutSubject(subjectType, subjectId, limit);
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    @Transactional
    public Page<AuditEntry> newest(int offset, int limit) {
        sealing.sealAll();
        return new Page<>(log.newest(offset, limit), log.count());
    }

    /** Recomputes the whole chain from the first entry and reports the first broken link, if any. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    @Transactional
    public ChainReport verify() {
        sealing.sealAll();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = log.after(after, VERIFY_BATCH);
            for (AuditEntry entry : batch) {
                Optional<AuditChain.Break> broken = verifier.accept(entry);
                if (broken.isPresent()) {
                    return new ChainReport(verifier.checked(), broken);
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                return new ChainReport(verifier.checked(), Optional.empty());
            }
            after = batch.get(batch.size() - 1).sequence();
        }
    }

    /** The outcome of a check: how many entries hold, and the first break if there is one. */
    public record ChainReport(long intactEntries, Optional<AuditChain.Break> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Once per transaction: when it has committed, its records are sealed (in the background). */
    private void sealAfterCommit() {
        if (transactions.getResource(SEAL_AFTER_COMMIT) != null) {
            return;
        }
        transactions.putResource(SEAL_AFTER_COMMIT, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: the records are sealed once they are committed
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sealing.request();
                }
            }
        });
    }

    private static String toJson(Map<String, ?> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
