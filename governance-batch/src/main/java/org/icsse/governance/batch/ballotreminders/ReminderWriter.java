package org.icsse.governance.batch.ballotreminders;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.ReminderDue;
import org.icsse.governance.application.ballot.ReminderService;
import org.icsse.governance.batch.support.OwnTransaction;

/** Mails the delegates of each network through {@link ReminderService#remind}, which records it once. */
@Named("reminderWriter")
@Dependent
public class ReminderWriter extends AbstractItemWriter {

    @Inject
    ReminderService reminders;

    @Inject
    OwnTransaction transaction;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        int mails = 0;
        for (Object item : items) {
            ReminderDue due = (ReminderDue) item;
            mails += transaction.asSystem(() -> reminders.remind(due.ballotId(), due.networkId())).orElse(0);
        }
        int total = mails + (step.getPersistentUserData() instanceof Integer before ? before : 0);
        step.setPersistentUserData(total);
        step.setExitStatus("MAILED " + total);
        // shown by the monitor, counted over the job instance (a restart adds to the failed execution's count);
        // a run with nothing to do keeps "COMPLETED"
        job.setExitStatus("MAILED " + total);
    }
}
