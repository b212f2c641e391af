package org.icsse.governance.batch.support;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.security.CallerContext;

/**
 * Runs a job's work on the application's database in a transaction of its own, as the application itself.
 * <p>
 * Why not in the chunk's transaction: Jakarta Batch writes its checkpoints to the server's job repository, a
 * database of its own, inside the chunk's transaction, and two non-XA databases cannot share one transaction. So
 * each item's work commits on its own, just before the checkpoint; if the server dies between the two, the restart
 * reads that item again, and every writer leaves alone what is done already.
 */
@ApplicationScoped
public class OwnTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T asSystem(Supplier<T> work) {
        return CallerContext.asSystem(work);
    }
}
