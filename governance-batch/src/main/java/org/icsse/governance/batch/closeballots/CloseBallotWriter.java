package org.icsse.governance.batch.closeballots;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.batch.support.CountingWriter;

/**
 * Closes each ballot through {@link BallotService#closeIfDue}, the operation the chair's close shares: tally,
 * outcome, motion, decision, minutes, notification. A ballot someone closed in the meantime is left alone, so a
 * repeated or concurrent run closes nothing twice. Counts the ballots it closed.
 */
@Named("closeBallotWriter")
@Dependent
public class CloseBallotWriter extends CountingWriter {

    @Inject
    BallotService ballots;

    @Override
    protected String verb() {
        return "CLOSED";
    }

    @Override
    protected int write(Object ballotId) {
        return ballots.closeIfDue((Long) ballotId) ? 1 : 0;
    }
}
