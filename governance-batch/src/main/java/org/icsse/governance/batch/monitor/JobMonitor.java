package org.icsse.governance.batch.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;

import org.icsse.governance.application.security.RequiresRole;
import org.icsse.governance.batch.schedule.ScheduledJob;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;

/**
 * The secretariat's view of the batch jobs, read from the Jakarta Batch job repository of this server: recent
 * executions with their counts and failure reasons; a job started now; a failed or stopped execution restarted
 * (from its last checkpoint).
 */
@ApplicationScoped
public class JobMonitor {

    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    /** The jobs the monitor knows, in the order it lists them. */
    public List<String> jobNames() {
        return java.util.Arrays.stream(ScheduledJob.values()).map(ScheduledJob::jobName).toList();
    }

    /** The latest executions of every job, newest first, at most {@code perJob} of each. */
    @RequiresRole(Role.SECRETARIAT)
    public List<JobExecutionView> executions(int perJob) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecutionView> views = new ArrayList<>();
        for (String job : jobNames()) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job, 0, perJob);
            } catch (NoSuchJobException never) {
                continue; // never run on this server yet
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    views.add(view(operator, instance, execution));
                }
            }
        }
        views.sort(Comparator.comparing(JobExecutionView::created, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(JobExecutionView::executionId, Comparator.reverseOrder()));
        return views;
    }

    /** Starts a job now. */
    @RequiresRole(Role.SECRETARIAT)
    public long start(String jobName) {
        if (!jobNames().contains(jobName)) {
            throw new InvalidValueException("job", "job.unknown");
        }
        return BatchRuntime.getJobOperator().start(jobName, new Properties());
    }

    /** Restarts a failed or stopped execution, from its last checkpoint; returns the new execution. */
    @RequiresRole(Role.SECRETARIAT)
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution;
        JobInstance instance;
        try {
            execution = operator.getJobExecution(executionId);
            instance = operator.getJobInstance(executionId);
        } catch (NoSuchJobExecutionException unknown) {
            throw new NotFoundException("job execution", executionId);
        }
        List<JobExecution> all = operator.getJobExecutions(instance);
        boolean latest = all.stream().mapToLong(JobExecution::getExecutionId).max().orElse(executionId) == executionId;
        if (!RESTARTABLE.contains(execution.getBatchStatus()) || !latest) {
            throw new ConflictException("job", "job.notRestartable");
        }
        return operator.restart(executionId, new Properties());
    }

    private static JobExecutionView view(JobOperator operator, JobInstance instance, JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    default -> {
                        // the other counts are not shown
                    }
                }
            }
        }
        return new JobExecutionView(execution.getExecutionId(), instance.getInstanceId(), execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(), instant(execution.getCreateTime()),
                instant(execution.getStartTime()), instant(execution.getEndTime()), read, written, skipped,
                RESTARTABLE.contains(execution.getBatchStatus()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
