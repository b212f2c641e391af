package org.icsse.governance.batch.ballotreminders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.ReminderDue;
import org.icsse.governance.application.ballot.ReminderService;
import org.icsse.governance.batch.support.CountingWriter;

/** Mails the delegates of each network through {@link ReminderService#remind}, which records it once; counts the mails. */
@Named("reminderWriter")
@Dependent
public class ReminderWriter extends CountingWriter {

    @Inject
    ReminderService reminders;

    @Override
    protected String verb() {
        return "MAILED";
    }

    @Override
    protected int write(Object item) {
        ReminderDue due = (ReminderDue) item;
        return reminders.remind(due.ballotId(), due.networkId()).orElse(0);
    }
}
