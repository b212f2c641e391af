package org.icsse.governance.batch.schedule;

import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import org.icsse.governance.batch.tokens.PurgeExpiredTokensJob;

/**
 * Starts the scheduled jobs: {@value PurgeExpiredTokensJob#NAME} every hour, first ten minutes after
 * start-up. Every job is idempotent, so two servers starting the same job change nothing twice.
 */
@ApplicationScoped
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> tokenPurge;

    /** Called once when the application has started. */
    public synchronized void start() {
        if (tokenPurge == null) {
            tokenPurge = scheduler.scheduleAtFixedRate(() -> startJob(PurgeExpiredTokensJob.NAME), 10, 60, TimeUnit.MINUTES);
        }
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

    @PreDestroy
    synchronized void stop() {
        if (tokenPurge != null) {
            tokenPurge.cancel(false);
        }
    }
}
