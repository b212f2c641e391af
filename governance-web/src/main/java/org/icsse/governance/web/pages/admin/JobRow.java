package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.batch.monitor.JobExecutionView;

/**
 * One execution of a job as the job monitor shows it: plain values, the job and status as names the page
 * translates, and the exit status only when it says more than the status (a failure reason, a custom exit).
 */
public final class JobRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long executionId;
    private final String jobName;
    private final String status;
    private final String exitStatus;
    private final Instant started;
    private final Instant ended;
    private final long read;
    private final long written;
    private final long skipped;
    private final boolean restartable;

    JobRow(JobExecutionView execution) {
        executionId = execution.executionId();
        jobName = execution.jobName();
        status = execution.status();
        exitStatus = execution.exitStatus() == null || execution.exitStatus().equals(execution.status())
                ? null : execution.exitStatus();
        started = execution.started() != null ? execution.started() : execution.created();
        ended = execution.ended();
        read = execution.read();
        written = execution.written();
        skipped = execution.skipped();
        restartable = execution.restartable();
    }

    public long getExecutionId() {
        return executionId;
    }

    /** The job's id (as in {@code purge-expired-tokens}), translated by the page as {@code job.name.<id>}. */
    public String getJobName() {
        return jobName;
    }

    /** The batch status ({@code STARTED}, {@code COMPLETED}, {@code FAILED}…), translated as {@code job.status.<STATUS>}. */
    public String getStatus() {
        return status;
    }

    /** The exit status when it differs from the status (for a failed execution, the reason), else {@code null}. */
    public String getExitStatus() {
        return exitStatus;
    }

    /** When the execution started; until then, when it was created. */
    public Instant getStarted() {
        return started;
    }

    public Instant getEnded() {
        return ended;
    }

    public long getRead() {
        return read;
    }

    public long getWritten() {
        return written;
    }

    public long getSkipped() {
        return skipped;
    }

    public boolean isRestartable() {
        return restartable;
    }
}
