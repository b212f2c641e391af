package org.icsse.governance.batch.tokens;

/** The job that forgets expired API tokens; its XML is {@code META-INF/batch-jobs/purge-expired-tokens.xml}. */
public final class PurgeExpiredTokensJob {

    /** The job id, which is also the name of its XML file. */
    public static final String NAME = "purge-expired-tokens";

    private PurgeExpiredTokensJob() {
    }
}
