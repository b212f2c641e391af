package org.icsse.governance.batch.ballotreminders;

/** The job that reminds delegates to vote; its XML is {@code META-INF/batch-jobs/ballot-reminders.xml}. */
public final class BallotRemindersJob {

    /** The job id, which is also the name of its XML file. */
    public static final String NAME = "ballot-reminders";

    private BallotRemindersJob() {
    }
}
