package org.icsse.governance.batch.support;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes why a chunk failed into the exit status of its step and job, where the job monitor shows it. */
@Named("failureReasonListener")
@Dependent
public class FailureReasonListener extends AbstractChunkListener {

    private static final int MAX = 250;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void onError(Exception failure) {
        // the application's own exception says what failed in its words; failing that, the root cause
        Throwable root = failure;
        Throwable own = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (own == null && t.getClass().getName().startsWith("org.icsse.")) {
                own = t;
            }
        }
        root = own != null ? own : root;
        String reason = "FAILED: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        reason = reason.length() > MAX ? reason.substring(0, MAX) : reason;
        step.setExitStatus(reason);
        job.setExitStatus(reason);
    }
}
