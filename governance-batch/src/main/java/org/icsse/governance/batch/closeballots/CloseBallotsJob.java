package org.icsse.governance.batch.closeballots;

/** The job that closes remote ballots at their deadline; its XML is {@code META-INF/batch-jobs/close-ballots.xml}. */
public final class CloseBallotsJob {

    /** The job id, which is also the name of its XML file. */
    public static final String NAME = "close-ballots";

    private CloseBallotsJob() {
    }
}
