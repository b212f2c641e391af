package org.icsse.governance.batch.support;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/**
 * A writer that hands each item to an application service, in a transaction of its own (see
 * {@link OwnTransaction}), and counts what the service did: the exit status of the step and job reads
 * {@code <VERB> <count>} ({@code CLOSED 3}), counted over the job instance — a restart adds to the failed
 * execution's count. A run with nothing to do keeps the exit status {@code COMPLETED}.
 */
public abstract class CountingWriter extends AbstractItemWriter {

    @Inject
    OwnTransaction transaction;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    /** The word of the exit status: what the count counts. */
    protected abstract String verb();

    /** Does the work of one item, as the application, and says how much of it there was (0: it was done already). */
    protected abstract int write(Object item);

    @Override
    public void writeItems(List<Object> items) {
        int done = 0;
        try {
            for (Object item : items) {
                done += transaction.asSystem(() -> write(item));
            }
        } finally {
            // the items written before one that fails are committed, each in its own transaction: they count
            count(done);
        }
    }

    private void count(int done) {
        int total = done + (step.getPersistentUserData() instanceof Integer before ? before : 0);
        step.setPersistentUserData(total);
        step.setExitStatus(verb() + " " + total);
        job.setExitStatus(verb() + " " + total);
    }
}
