package org.icsse.governance.application.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.audit.AuditChain;
import org.icsse.governance.domain.audit.AuditEntry;
import org.icsse.governance.domain.audit.AuditHead;
import org.icsse.governance.domain.audit.AuditLog;
import org.icsse.governance.domain.audit.AuditRecord;
import org.icsse.governance.domain.shared.Page;

/**
 * Writes every change of state to the hash-chained audit log, inside the transaction that makes the
 * change (so a change and its record commit or roll back together), and checks the chain.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_BATCH = 500;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditLog log;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /**
     * Records one change: the action (e.g. {@code network.registered}), the subject, and its state
     * before and after ({@code null} when it did not exist or no longer does).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String subjectType, Object subjectId, Map<String, ?> before,
            Map<String, ?> after) {
        return record(callers.current().name(), action, subjectType, subjectId, before, after);
    }

    /** As {@link #record(String, String, Object, Map, Map)}, for an actor who is not the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String actor, String action, String subjectType, Object subjectId, Map<String, ?> before,
            Map<String, ?> after) {
        AuditHead head = log.lockHead();
        AuditRecord facts = new AuditRecord(Instant.now(clock), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), toJson(before), toJson(after));
        AuditEntry entry = head.append(facts);
        log.add(entry);
        return entry;
    }

    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    @Transactional
    public Page<AuditEntry> newest(int offset, int limit) {
        return new Page<>(log.newest(offset, limit), log.count());
    }

    /** Recomputes the whole chain from the first entry and reports the first broken link, if any. */
    @RequiresRole({Role.SECRETARIAT, Role.ADMIN})
    @Transactional
    public ChainReport verify() {
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

    private static String toJson(Map<String, ?> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
