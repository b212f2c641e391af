package org.icsse.governance.application.audit;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * When the waiting audit records are sealed: in the background, as soon as a transaction that recorded changes
 * commits ({@link #request()}, one sealing run at a time on this server, which seals what the transactions
 * committed meanwhile in batches), every few seconds by a sweep (records left by a server that died before
 * sealing them, or committed on another server of the cluster), and before anyone reads the log
 * ({@link #sealAll()}), so that a reader sees every change committed before the read.
 */
@ApplicationScoped
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());
    private static final long SWEEP_SECONDS = 5;
    /**
     * How long a sealing run waits for the next request before it ends: a server committing changes one after the
     * other (the archive job, for instance) keeps one run going instead of handing the executor a task per commit,
     * which cost more than the sealing itself (the container captures the caller's context for every task: 9 % of
     * the archive job's samples, bench/README.md).
     */
    static final long LINGER_MILLIS = 200;

    @Inject
    AuditSealer sealer;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Object signal = new Object();
    private ScheduledFuture<?> sweep;

    /** Starts the sweep (the first one at once: what a previous run of the server left is sealed first). */
    public synchronized void start() {
        if (sweep == null) {
            sweep = scheduler.scheduleWithFixedDelay(this::request, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Asks for a sealing run in the background; returns at once. */
    public void request() {
        requested.set(true);
        synchronized (signal) {
            signal.notifyAll();
        }
        startRun();
    }

    /** Seals every record committed so far before returning. */
    public void sealAll() {
        while (sealer.sealOldest() == AuditSealer.BATCH) {
            // a full batch: there may be more
        }
    }

    private void runInBackground() {
        boolean failed = false;
        try {
            do {
                while (requested.getAndSet(false)) {
                    sealAll();
                }
            } while (nextRequestWithin(LINGER_MILLIS));
        } catch (InterruptedException e) {
            // the server is stopping: what waits is sealed at the next start (or by another server's sweep)
            Thread.currentThread().interrupt();
            failed = true;
        } catch (RuntimeException e) {
            // the database is away, for instance: the records wait (committed) for the next request or sweep
            failed = true;
            LOG.log(Level.WARNING, "Audit records could not be sealed now; they will be at the next attempt: {0}", e.toString());
        } finally {
            running.set(false);
        }
        // a request that came after the last check but before running was cleared would otherwise wait for the sweep
        if (!failed && requested.get()) {
            startRun();
        }
    }

    /** Waits until a request comes or the time is up; whether one came. */
    private boolean nextRequestWithin(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (signal) {
            while (!requested.get()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
            return true;
        }
    }

    private void startRun() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::runInBackground);
        } catch (RejectedExecutionException e) {
            // the server is stopping: what waits is sealed at the next start (or by another server's sweep)
            running.set(false);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (sweep != null) {
            sweep.cancel(false);
            sweep = null;
        }
    }
}
