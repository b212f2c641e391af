package org.icsse.governance.batch.closeballots;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.batch.support.WorkListReader;

/** The open remote ballots whose deadline has passed. */
@Named("dueBallotsReader")
@Dependent
public class DueBallotsReader extends WorkListReader<Long> {

    @Inject
    BallotService ballots;

    @Override
    protected List<Long> work() {
        return ballots.dueForClosing();
    }
}
