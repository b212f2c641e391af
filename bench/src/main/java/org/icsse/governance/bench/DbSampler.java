package org.icsse.governance.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A timing breakdown on the database's side: while a benchmark runs, samples every 20 ms what the application's
 * sessions of the benchmark database are doing ({@code pg_stat_activity}: the statement, and what it waits for) and
 * counts the samples. A statement seen in many samples is where the time goes; sessions "idle in transaction"
 * are waiting for the application (Java) between two statements of a transaction.
 */
final class DbSampler implements AutoCloseable {

    private static final String SAMPLE = "SELECT state, COALESCE(wait_event_type || ':' || wait_event, 'CPU'),"
            + " regexp_replace(left(query, 90), '\\s+', ' ', 'g') FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'"
            + " AND application_name <> 'bench'";

    private final Map<String, Integer> counts = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean counting = true;
    private int samples;

    private DbSampler(Db db) {
        thread = new Thread(() -> {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                while (running) {
                    if (!counting) {
                        Thread.sleep(5);
                        continue;
                    }
                    try (ResultSet rows = statement.executeQuery(SAMPLE)) {
                        synchronized (this) {
                            while (rows.next()) {
                                String key = rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3);
                                counts.merge(key, 1, Integer::sum);
                            }
                            samples++;
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                System.err.println("sampler stopped: " + e);
            }
        }, "db-sampler");
        thread.setDaemon(true);
    }

    static DbSampler start(Db db) {
        DbSampler sampler = new DbSampler(db);
        sampler.thread.start();
        return sampler;
    }

    /** Forgets what was counted so far. */
    synchronized void reset() {
        counts.clear();
        samples = 0;
    }

    /** Stops counting until {@link #resume()} (what runs meanwhile is left out). */
    void pause() {
        counting = false;
    }

    /** Counts again. */
    void resume() {
        counting = true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }

    /** The busiest (state, wait, statement) lines, with the mean number of sessions in each per sample. */
    synchronized List<String> top(int lines) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : sorted.subList(0, Math.min(lines, sorted.size()))) {
            top.add(Bench.format("%5.1f sessions | %s", entry.getValue() / (double) Math.max(1, samples), entry.getKey()));
        }
        return top;
    }
}
