package org.icsse.governance.batch.archivemeetings;

/** The job that seals meetings into the archive; its XML is {@code META-INF/batch-jobs/archive-meetings.xml}. */
public final class ArchiveMeetingsJob {

    /** The job id, which is also the name of its XML file. */
    public static final String NAME = "archive-meetings";

    private ArchiveMeetingsJob() {
    }
}
