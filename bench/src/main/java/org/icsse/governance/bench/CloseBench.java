package org.icsse.governance.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Benchmark 2: the chair closes a named remote ballot of 100,000 votes ({@code POST /ballots/{id}/closure}); the
 * baseline is the GROUP BY query of the tally over the same rows, on the same database, in the same run.
 */
final class CloseBench {

    static final int VOTES = 100_000;
    static final long FIRST_NETWORK = 20_000_000L;
    private static final String TALLY = "SELECT choice, COUNT(*), COALESCE(SUM(weight), 0) FROM ballot_vote"
            + " WHERE ballot_id = ? AND choice IS NOT NULL GROUP BY choice";

    /** The close's time, the query's (median of five after one warm-up), and the counts each found. */
    record Outcome(long closeMillis, double queryMillis, Map<String, Long> closed, Map<String, Long> queried) {
    }

    private CloseBench() {
    }

    /** Seeds, runs the query, then the close; the sampler counts only while the close runs. */
    static Outcome run(Db db, Api api, String secretariat, String chair, DbSampler sampler) throws Exception {
        long started = System.nanoTime();
        db.networks(FIRST_NETWORK, VOTES, "C");
        String first = String.valueOf(FIRST_NETWORK);
        String bodyId = api.call("POST", "bodies", secretariat, "{\"name\":\"Closing benchmark assembly\",\"code\":\"CLOSE\","
                + "\"networkIds\":[\"" + first + "\"],\"quorum\":{\"networksPercent\":50,\"weightPercent\":0},"
                + "\"majority\":\"SIMPLE\",\"secondsRequired\":0,\"proxyCap\":1}", 201).getString("id");
        String motionId = api.call("POST", "motions", secretariat, "{\"bodyId\":\"" + bodyId + "\",\"title\":\"A motion for"
                + " one hundred thousand\",\"text\":\"The assembly counts every vote.\",\"language\":\"EN\","
                + "\"proposerNetworkId\":\"" + first + "\"}", 201).getString("id");
        api.call("POST", "motions/" + motionId + "/admission", chair, null, 200);
        long ballotId = seedBallot(db, Long.parseLong(bodyId), Long.parseLong(motionId));
        System.out.printf("  seeded a ballot of %,d votes in %.1f s%n", VOTES, (System.nanoTime() - started) / 1e9);

        Map<String, Long> queried;
        double[] times = new double[5];
        try (Connection connection = db.connect()) {
            queried = tally(connection, ballotId);
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                tally(connection, ballotId);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(times);

        sampler.reset();
        long t0 = System.nanoTime();
        JsonObject closed = api.call("POST", "ballots/" + ballotId + "/closure", chair, null, 200);
        long closeMillis = (System.nanoTime() - t0) / 1_000_000;
        sampler.close();
        JsonObject result = closed.getJsonObject("result");
        Map<String, Long> counted = new HashMap<>();
        counted.put("FOR", result.getJsonObject("for").getJsonNumber("networks").longValue());
        counted.put("AGAINST", result.getJsonObject("against").getJsonNumber("networks").longValue());
        counted.put("ABSTAIN", result.getJsonObject("abstain").getJsonNumber("networks").longValue());
        System.out.println("  closed: " + result.getString("outcome") + " " + counted + "; the query: " + queried);
        return new Outcome(closeMillis, times[times.length / 2], counted, queried);
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
     * The rest of the body, an open named remote ballot on the admitted motion with its seal and frozen electorate,
     * and one vote per network stored as the application stores it (slot = HMAC-SHA256 of the network under the
     * ballot's key): 60 % for, 20 % against, 20 % abstaining.
     */
    private static long seedBallot(Db db, long bodyId, long motionId) throws SQLException, IOException, GeneralSecurityException {
        long last = FIRST_NETWORK + VOTES - 1;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String keyHex = HexFormat.of().formatHex(key);
        try (Connection connection = db.connect(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO body_member (body_id, network_id) SELECT " + bodyId + ", id FROM member_network"
                    + " WHERE id > " + FIRST_NETWORK + " AND id <= " + last);
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
            StringBuilder csv = new StringBuilder(VOTES * 140);
            for (int i = 0; i < VOTES; i++) {
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
