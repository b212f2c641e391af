package org.icsse.governance.batch.ballotreminders;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.ReminderDue;
import org.icsse.governance.application.ballot.ReminderService;
import org.icsse.governance.batch.support.WorkListReader;

/** The networks of remote ballots closing within the lead time that have neither voted nor been reminded. */
@Named("remindersDueReader")
@Dependent
public class RemindersDueReader extends WorkListReader<ReminderDue> {

    @Inject
    ReminderService reminders;

    @Override
    protected List<ReminderDue> work() {
        return reminders.due();
    }
}
