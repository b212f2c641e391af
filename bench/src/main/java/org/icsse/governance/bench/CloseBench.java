package org.icsse.governance.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Benchmark 2: the chair closes a named remote ballot of 100,000 votes ({@code POST /ballots/{id}/closure}); the
 * baseline is the GROUP BY query of the tally over the same rows, on the same database, in the same run.
 * <p>
 * Like the query (median of five after one warm-up run), the close is measured on a warm server: six ballots of
 * the same shape (one body of 100,000 networks, one admitted motion each) are closed one after the other, the
 * first as the warm-up, and the median of the other five is the figure. A single close measured alone was mostly
 * the server's first use of that path (class loading, the JIT, EclipseLink preparing its statements): ~1 s
 * when benchmark 1 had not warmed the server before. Each ballot is seeded just before its close and its votes
 * deleted after it, so every close, like the single one before, has only its own 100,000 votes in the table; and
 * before each close its rows are queried (one warm-up query, five timed; the baseline is the median of the
 * measured ballots' queries), so each close finds its rows as warm as the query did.
 */
final class CloseBench {

    static final int VOTES = 100_000;
    static final long FIRST_NETWORK = 20_000_000L;
    /** Closes not measured (the first), then closes measured (their median is the figure). */
    static final int WARM_UP_CLOSES = 1;
    static final int MEASURED_CLOSES = 5;
    /**
     * Small ballots (of {@link #SMALL_VOTES} votes) closed through the API before the large ones, so that the code
     * of a close runs compiled, as in a server that has closed ballots before, rather than interpreted.
     */
    static final int SMALL_CLOSES = Integer.getInteger("bench.smallCloses", 0);
    static final int SMALL_VOTES = 100;
    private static final String TALLY = "SELECT choice, COUNT(*), COALESCE(SUM(weight), 0) FROM ballot_vote"
            + " WHERE ballot_id = ? AND choice IS NOT NULL GROUP BY choice";

    /**
     * The closes' median (ms) and each close in order (the warm-up first), the query's median over the measured
     * ballots, and the counts each found (every close's and every query's must be the same: {@code closed} holds
     * the first close's, or a mismatch).
     */
    record Outcome(long closeMillis, List<Long> closes, double queryMillis, Map<String, Long> closed,
            Map<String, Long> queried) {
    }

    private CloseBench() {
    }

    /** Seeds, then for each ballot runs the query and the close; the sampler counts only while measured closes run. */
    static Outcome run(Db db, Api api, String secretariat, String chair, DbSampler sampler) throws Exception {
        sampler.pause();
        sampler.reset();
        long started = System.nanoTime();
        db.networks(FIRST_NETWORK, VOTES, "C");
        String first = String.valueOf(FIRST_NETWORK);
        String bodyId = api.call("POST", "bodies", secretariat, "{\"name\":\"Closing benchmark assembly\",\"code\":\"CLOSE\","
                + "\"networkIds\":[\"" + first + "\"],\"quorum\":{\"networksPercent\":50,\"weightPercent\":0},"
                + "\"majority\":\"SIMPLE\",\"secondsRequired\":0,\"proxyCap\":1}", 201).getString("id");
        List<Long> motionIds = new ArrayList<>();
        for (int b = 0; b < SMALL_CLOSES + WARM_UP_CLOSES + MEASURED_CLOSES; b++) {
            String motionId = api.call("POST", "motions", secretariat, "{\"bodyId\":\"" + bodyId + "\",\"title\":\"A motion for"
                    + " one hundred thousand, " + (b + 1) + "\",\"text\":\"The assembly counts every vote.\",\"language\":\"EN\","
                    + "\"proposerNetworkId\":\"" + first + "\"}", 201).getString("id");
            api.call("POST", "motions/" + motionId + "/admission", chair, null, 200);
            motionIds.add(Long.parseLong(motionId));
        }
        // the other 99,999 members join after the motions are made: proposing a motion reads the body's members
        db.bodyMembers(Long.parseLong(bodyId), FIRST_NETWORK + 1, FIRST_NETWORK + VOTES - 1);
        System.out.printf("  seeded the body of %,d networks and %d admitted motions in %.1f s%n", VOTES, motionIds.size(),
                (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        List<Long> small = new ArrayList<>();
        for (int b = 0; b < SMALL_CLOSES; b++) {
            small.add(seedBallot(db, Long.parseLong(bodyId), motionIds.get(b), SMALL_VOTES));
            api.call("POST", "ballots/" + small.get(b) + "/closure", chair, null, 200);
        }
        forgetRows(db, small);
        if (SMALL_CLOSES > 0) {
            System.out.printf("  closed %d ballots of %d votes in %.1f s%n", SMALL_CLOSES, SMALL_VOTES,
                    (System.nanoTime() - started) / 1e9);
        }
        motionIds = motionIds.subList(SMALL_CLOSES, motionIds.size());
        List<Double> queryTimes = new ArrayList<>();
        List<Long> closes = new ArrayList<>();
        Map<String, Long> queried = null;
        Map<String, Long> counted = null;
        for (int b = 0; b < motionIds.size(); b++) {
            boolean measured = b >= WARM_UP_CLOSES;
            started = System.nanoTime();
            long ballotId = seedBallot(db, Long.parseLong(bodyId), motionIds.get(b), VOTES);
            System.out.printf("  seeded ballot %d of %,d votes in %.1f s%n", ballotId, VOTES, (System.nanoTime() - started) / 1e9);
            Map<String, Long> query;
            try (Connection connection = db.connect()) {
                query = tally(connection, ballotId);
                for (int i = 0; i < 5; i++) {
                    long t0 = System.nanoTime();
                    tally(connection, ballotId);
                    if (measured) {
                        queryTimes.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            }
            if (measured) {
                sampler.resume();
            }
            long t0 = System.nanoTime();
            JsonObject closed = api.call("POST", "ballots/" + ballotId + "/closure", chair, null, 200);
            long closeMillis = (System.nanoTime() - t0) / 1_000_000;
            sampler.pause();
            closes.add(closeMillis);
            JsonObject result = closed.getJsonObject("result");
            Map<String, Long> count = new HashMap<>();
            count.put("FOR", result.getJsonObject("for").getJsonNumber("networks").longValue());
            count.put("AGAINST", result.getJsonObject("against").getJsonNumber("networks").longValue());
            count.put("ABSTAIN", result.getJsonObject("abstain").getJsonNumber("networks").longValue());
            System.out.printf("  %s close of ballot %d: %,d ms, %s %s; the query: %s%n", measured ? "measured" : "warm-up",
                    ballotId, closeMillis, result.getString("outcome"), count, query);
            // every ballot has the same votes: any difference, of a close or a query, shows in the report
            queried = queried == null || queried.equals(query) ? query : Map.of("query differs on ballot " + ballotId, 0L);
            counted = counted == null || counted.equals(count) ? count : Map.of("close differs on ballot " + ballotId, 0L);
            forgetRows(db, List.of(ballotId));
        }
        List<Long> measuredCloses = new ArrayList<>(closes.subList(WARM_UP_CLOSES, closes.size()));
        Collections.sort(measuredCloses);
        Collections.sort(queryTimes);
        return new Outcome(measuredCloses.get(measuredCloses.size() / 2), closes, queryTimes.get(queryTimes.size() / 2),
                counted, queried);
    }

    private static Map<String, Long> tally(Connection connection, long ballotId) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TALLY)) {
            statement.setLong(1, ballotId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1).strip(), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * Deletes the closed ballot's votes and electorate (bypassing the triggers that keep a closed ballot's rows, as
     * only the benchmark's superuser session can), so that each ballot is closed, like the first, with only its own
     * 100,000 votes in the table: with them all there the query's plan, and its time, would not be the same.
     */
    private static void forgetRows(Db db, List<Long> ballotIds) throws SQLException {
        if (ballotIds.isEmpty()) {
            return;
        }
        String ids = ballotIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        try (Connection connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("DELETE FROM ballot_vote WHERE ballot_id IN (" + ids + ")");
            statement.execute("DELETE FROM ballot_elector WHERE ballot_id IN (" + ids + ")");
            statement.execute("VACUUM ballot_vote, ballot_elector");
        }
    }

    /**
     * An open named remote ballot on the admitted motion with its seal and frozen electorate,
     * and one vote per network stored as the application stores it (slot = HMAC-SHA256 of the network under the
     * ballot's key): 60 % for, 20 % against, 20 % abstaining.
     */
    private static long seedBallot(Db db, long bodyId, long motionId, int votes)
            throws SQLException, IOException, GeneralSecurityException {
        long last = FIRST_NETWORK + votes - 1;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String keyHex = HexFormat.of().formatHex(key);
        try (Connection connection = db.connect(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long ballotId;
            try (ResultSet next = statement.executeQuery("SELECT nextval('ballot_seq')")) {
                next.next();
                ballotId = next.getLong(1);
            }
            statement.execute("INSERT INTO ballot (id, motion_id, body_id, majority, double_majority, quorum_networks_percent,"
                    + " quorum_weight_percent, secret, closes_at, opened_at, opened_by, electorate_networks, electorate_weight,"
                    + " status) SELECT " + ballotId + ", " + motionId + ", " + bodyId + ", 'SIMPLE', FALSE, 50, 0, FALSE,"
                    + " now() + interval '1 day', now(), 'bench.chair', COUNT(*), SUM(weight), 'OPEN' FROM member_network"
                    + " WHERE id BETWEEN " + FIRST_NETWORK + " AND " + last);
            statement.execute("INSERT INTO ballot_seal (ballot_id, seal_key) VALUES (" + ballotId + ", '" + keyHex + "')");
            statement.execute("INSERT INTO ballot_elector (ballot_id, network_id, weight, voted_at) SELECT " + ballotId
                    + ", id, weight, now() FROM member_network WHERE id BETWEEN " + FIRST_NETWORK + " AND " + last);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            StringBuilder csv = new StringBuilder(votes * 140);
            for (int i = 0; i < votes; i++) {
                long network = FIRST_NETWORK + i;
                String slot = HexFormat.of().formatHex(mac.doFinal(("network:" + network).getBytes()));
                String choice = switch (i % 5) {
                    case 3 -> "AGAINST";
                    case 4 -> "ABSTAIN";
                    default -> "FOR";
                };
                csv.append(ballotId).append(',').append(slot).append(",false,").append(choice).append(',').append(1 + i % 5)
                        .append(',').append(receipt(i)).append(',').append(network).append(",2026-12-01 00:00:00+00\n");
            }
            Db.copy(connection, "ballot_vote (ballot_id, slot, secret, choice, weight, receipt, network_id, cast_at)", csv);
            statement.execute("UPDATE motion SET status = 'VOTING' WHERE id = " + motionId);
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("ANALYZE ballot_vote");
            statement.execute("ANALYZE ballot_elector");
            return ballotId;
        }
    }

    /** A distinct receipt per vote, of the application's shape. */
    private static String receipt(int i) {
        String random = VoteBench.receipt();
        String unique = String.format("%08d", i);
        return random.substring(0, 10) + unique.substring(0, 4) + "-" + unique.substring(4);
    }
}
