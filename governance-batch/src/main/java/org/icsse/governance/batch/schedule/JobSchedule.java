package org.icsse.governance.batch.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

import org.icsse.governance.infrastructure.config.Settings;

/**
 * Starts the scheduled jobs ({@link ScheduledJob}), once per cluster: every server ticks on its own clock, and a
 * tick starts the job only if it takes the job's row in the database table {@code shedlock} (ShedLock) for most
 * of a period — the other servers' ticks of that period find it taken and do nothing. Should two runs start all
 * the same (clocks far apart, a run longer than its period), every job is idempotent: a second run changes
 * nothing the first did. A server started with {@code GOVERNANCE_JOBS_SCHEDULED=false} schedules nothing.
 */
@ApplicationScoped
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());
    /** The first tick comes one period after start-up, and at most this late. */
    private static final Duration FIRST_TICK_AT_MOST = Duration.ofMinutes(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:app/jdbc/governance")
    DataSource dataSource;

    private final List<ScheduledFuture<?>> ticks = new ArrayList<>();
    private LockingTaskExecutor locks;

    /** Called once when the application has started. */
    public synchronized void start() {
        if (!ticks.isEmpty() || !Settings.jobsScheduled()) {
            return;
        }
        for (ScheduledJob job : ScheduledJob.values()) {
            Duration every = job.period();
            long first = Math.min(every.toMillis(), FIRST_TICK_AT_MOST.toMillis());
            ticks.add(scheduler.scheduleAtFixedRate(() -> tick(job), first, every.toMillis(), TimeUnit.MILLISECONDS));
            LOG.info(() -> "Job " + job.jobName() + " scheduled every " + every);
        }
    }

    /**
     * One tick of a job's schedule: starts the job if no server of the cluster has started it in this period.
     *
     * @return whether this tick started it
     */
    public boolean tick(ScheduledJob job) {
        Duration every = job.period();
        // held for 90 % of a period after the tick, so that a tick of another server in the same period is refused
        // and the next period's ticks find it free again
        Duration atLeast = every.multipliedBy(9).dividedBy(10);
        AtomicBoolean started = new AtomicBoolean();
        try {
            lockProvider().executeWithLock((Runnable) () -> {
                startJob(job.jobName());
                started.set(true);
            }, new LockConfiguration(Instant.now(), job.jobName(), every, atLeast));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled run of " + job.jobName() + " could not start", e);
        }
        return started.get();
    }

    /** Starts a job now; returns its execution id. */
    public long startJob(String name) {
        try {
            return BatchRuntime.getJobOperator().start(name, new Properties());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start the job " + name, e);
            throw e;
        }
    }

    private synchronized LockingTaskExecutor lockProvider() {
        if (locks == null) {
            locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, "shedlock"));
        }
        return locks;
    }

    @PreDestroy
    synchronized void stop() {
        ticks.forEach(tick -> tick.cancel(false));
        ticks.clear();
    }
}
