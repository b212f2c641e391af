package org.icsse.governance.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Benchmark 1: 64 concurrent clients cast one vote per network of a named ballot, then change half of them;
 * the baseline does the same number of inserts and updates in plain JDBC, one commit each, 64 threads.
 */
final class VoteBench {

    static final int CLIENTS = 64;
    /** The application's max-pool-size (governance-web's web.xml). */
    static final int APPLICATION_POOL = 40;

    /** What one side did: operations, errors, wall time, and the latency of each operation (microseconds). */
    record Outcome(long operations, long errors, long nanos, Histogram latency) {

        double perSecond() {
            return operations / (nanos / 1e9);
        }

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** A cast that succeeded: when it was acknowledged, and its ballot and network. */
    record Ack(long network, long nanoTime) {
    }

    private VoteBench() {
    }

    /** Through the REST API: {@code PUT /ballots/{id}/votes/{networkId}} by each network's delegate. */
    static Outcome application(Api api, String ballotId, List<Db.Delegate> delegates, Consumer<Ack> acknowledged)
            throws InterruptedException {
        List<Callable<Boolean>> casts = new ArrayList<>();
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (int i = 0; i < delegates.size(); i++) {
            Db.Delegate delegate = delegates.get(i);
            String first = i % 3 == 0 ? "ABSTAIN" : "FOR";
            casts.add(() -> vote(api, ballotId, delegate, first, acknowledged));
            if (i % 2 == 0) {
                changes.add(() -> vote(api, ballotId, delegate, "AGAINST", acknowledged));
            }
        }
        return run(List.of(casts, changes));
    }

    private static boolean vote(Api api, String ballotId, Db.Delegate delegate, String choice, Consumer<Ack> acknowledged) {
        HttpRequest request = api.request("ballots/" + ballotId + "/votes/" + delegate.networkId(), delegate.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}")).build();
        HttpResponse<String> response = api.send(request);
        if (response.statusCode() != 200 || !response.body().contains("\"receipt\"")) {
            System.err.println("vote refused: " + response.statusCode() + " " + response.body());
            return false;
        }
        acknowledged.accept(new Ack(delegate.networkId(), System.nanoTime()));
        return true;
    }

    /** Plain JDBC on a table of the same shape: one INSERT per network, then one UPDATE for half, one commit each. */
    static Outcome jdbc(Db db, long ballotId, List<Db.Delegate> delegates) throws SQLException, InterruptedException {
        db.execute("CREATE TABLE IF NOT EXISTS bench_baseline_vote (ballot_id BIGINT NOT NULL, network_id BIGINT NOT NULL,"
                + " choice VARCHAR(8) NOT NULL, receipt VARCHAR(19) NOT NULL, cast_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " PRIMARY KEY (ballot_id, network_id))");
        int size = connections(db);
        BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = db.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            List<Callable<Boolean>> inserts = new ArrayList<>();
            List<Callable<Boolean>> updates = new ArrayList<>();
            for (int i = 0; i < delegates.size(); i++) {
                long network = delegates.get(i).networkId();
                String choice = i % 3 == 0 ? "ABSTAIN" : "FOR";
                inserts.add(() -> statement(connections, "INSERT INTO bench_baseline_vote (ballot_id, network_id, choice, receipt,"
                        + " cast_at) VALUES (?, ?, ?, ?, now())", ballotId, network, choice, receipt()));
                if (i % 2 == 0) {
                    updates.add(() -> statement(connections, "UPDATE bench_baseline_vote SET choice = ?, receipt = ?,"
                            + " cast_at = now() WHERE ballot_id = ? AND network_id = ?", "AGAINST", receipt(), ballotId, network));
                }
            }
            return run(List.of(inserts, updates));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /**
     * How many connections the baseline's 64 threads share: as many as the application's pool may hold (40,
     * web.xml), so both sides reach the database through the same number of sessions; fewer when the server's
     * {@code max_connections} has not that many free (it is shared with other builds).
     */
    static int connections(Db db) throws SQLException {
        long free = db.single("SELECT current_setting('max_connections')::int - COUNT(*) FROM pg_stat_activity");
        int size = (int) Math.max(4, Math.min(APPLICATION_POOL, free - 6));
        if (size < APPLICATION_POOL) {
            System.out.println("   the baseline shares " + size + " connections (PostgreSQL has no more free)");
        }
        return size;
    }

    /** Binds the values in order, runs and commits. */
    private static boolean statement(BlockingQueue<Connection> connections, String sql, Object... values) throws Exception {
        Connection connection = connections.take();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            statement.executeUpdate();
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            System.err.println("baseline statement failed: " + e);
            return false;
        } finally {
            connections.add(connection);
        }
    }

    /** A receipt of the application's shape (16 random characters in four groups), made the same cheap way. */
    static String receipt() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** Runs the phases one after the other, each on {@link #CLIENTS} threads; times each operation and the whole. */
    private static Outcome run(List<List<Callable<Boolean>>> phases) throws InterruptedException {
        Histogram latency = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicLong errors = new AtomicLong();
        long operations = 0;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            for (List<Callable<Boolean>> phase : phases) {
                List<Future<?>> futures = new ArrayList<>();
                for (Callable<Boolean> operation : phase) {
                    futures.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = operation.call();
                        } catch (Exception e) {
                            System.err.println("operation failed: " + e);
                            ok = false;
                        }
                        latency.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0)));
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    try {
                        future.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        errors.incrementAndGet();
                    }
                }
                operations += phase.size();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new Outcome(operations, errors.get(), System.nanoTime() - started, latency);
    }
}
