package org.icsse.governance.batch.monitor;

import java.time.Instant;

/**
 * One execution of a job as the monitor shows it: status, start and end, what its steps read, wrote and skipped,
 * its exit status (the failure reason when it failed), and whether it may be restarted.
 */
public record JobExecutionView(long executionId, long instanceId, String jobName, String status, String exitStatus,
        Instant created, Instant started, Instant ended, long read, long written, long skipped, boolean restartable) {
}
