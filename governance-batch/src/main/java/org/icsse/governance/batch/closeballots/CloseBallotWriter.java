package org.icsse.governance.batch.closeballots;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.batch.support.OwnTransaction;

/**
 * Closes each ballot through {@link BallotService#closeIfDue} (in a transaction of its own, see {@link OwnTransaction}),
 * the operation the chair's close shares: tally,
 * outcome, motion, decision, minutes, notification. A ballot someone closed in the meantime is left alone, so
 * a repeated or concurrent run closes nothing twice.
 */
@Named("closeBallotWriter")
@Dependent
public class CloseBallotWriter extends AbstractItemWriter {

    @Inject
    BallotService ballots;

    @Inject
    OwnTransaction transaction;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        int closed = 0;
        for (Object id : items) {
            if (transaction.asSystem(() -> ballots.closeIfDue((Long) id))) {
                closed++;
            }
        }
        int total = closed + (step.getPersistentUserData() instanceof Integer before ? before : 0);
        step.setPersistentUserData(total);
        step.setExitStatus("CLOSED " + total);
        // shown by the monitor, counted over the job instance (a restart adds to the failed execution's count);
        // a run with nothing to do keeps "COMPLETED"
        job.setExitStatus("CLOSED " + total);
    }
}
