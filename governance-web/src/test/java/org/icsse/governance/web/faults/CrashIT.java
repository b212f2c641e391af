package org.icsse.governance.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, crash: a burst of 1,000 votes (100 networks × 10 remote ballots, named and secret in turn) is cast
 * through the REST API from 16 threads; when 400 have been acknowledged, the server's JVM is killed with SIGKILL
 * in the middle of the others. Payara Micro starts again on the same PostgreSQL database, and the test proves,
 * through SQL and through the API, that every acknowledged cast (2xx with a receipt) is stored exactly once with
 * its choice and weight, that what was stored without an answer came only from the casts in flight at the kill
 * and was stored whole (vote, elector's mark and audit entry together, or none of them), and, once the rest of the
 * burst is cast and the ballots closed, that the counted tally, the published receipts and the secretariat's
 * recount all equal the stored votes: 1,000 votes, nothing lost, nothing twice.
 * <p>
 * The data is made through the API on the first start, not written into the database beforehand: the API keeps the
 * audit chain, the password hashes and the ballots' seals consistent, which hand-written SQL would have to forge.
 */
@Tag("faults")
class CrashIT {

    private static final int NETWORKS = 100;
    private static final int BALLOTS = 10;
    private static final int THREADS = 16;
    private static final int KILL_AFTER = 400;
    private static final Pattern NETWORK_ID = Pattern.compile("\"networkId\"\\s*:\\s*\"?(\\d+)");

    private static TestDatabase database;

    /** One cast of the burst: a ballot and a network, by index. */
    private record Cast(int ballot, int network) {
    }

    @BeforeAll
    static void database() throws SQLException {
        database = TestDatabase.recreate("crash");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedVoteSurvivesASigkillStoredOnceAndCounted() throws Exception {
        Coalition coalition;
        List<String> ballots;
        Map<Cast, String> acknowledged = new ConcurrentHashMap<>();
        Map<Cast, String> unanswered = new ConcurrentHashMap<>();
        Map<Cast, String> refused = new ConcurrentHashMap<>();
        Set<Cast> inFlightAtKill = ConcurrentHashMap.newKeySet();

        try (MicroProcess first = MicroProcess.start("crash", database.url(TestDatabase.PORT), TestDatabase.USER)) {
            Client client = new Client(first);
            coalition = Coalition.build(client, NETWORKS, BALLOTS);
            ballots = new ArrayList<>(coalition.ballots.keySet());
            log("set up " + NETWORKS + " networks, their delegates and " + BALLOTS + " ballots");

            List<Cast> burst = new ArrayList<>();
            for (int b = 0; b < BALLOTS; b++) {
                for (int n = 0; n < NETWORKS; n++) {
                    burst.add(new Cast(b, n));
                }
            }
            Collections.shuffle(burst, new Random(7));
            AtomicInteger acknowledgedCount = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            for (Cast cast : burst) {
                pool.submit(() -> {
                    boolean startedAlive = !killed.get();
                    try {
                        Client.Reply reply = coalition.cast(client, ballots.get(cast.ballot()),
                                coalition.networks.get(cast.network()), Coalition.choiceFor(cast.ballot(), cast.network()), null);
                        if (reply.status() == 200) {
                            acknowledged.put(cast, reply.json().getString("receipt"));
                            acknowledgedCount.incrementAndGet();
                        } else {
                            refused.put(cast, reply.status() + " " + reply.body());
                        }
                    } catch (IOException | RuntimeException noAnswer) {
                        unanswered.put(cast, String.valueOf(noAnswer));
                        if (startedAlive) {
                            inFlightAtKill.add(cast);
                        }
                    }
                });
            }
            pool.shutdown();
            while (acknowledgedCount.get() < KILL_AFTER && !pool.isTerminated()) {
                Thread.sleep(2);
            }
            killed.set(true);
            first.kill();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("the burst ended").isTrue();
        }
        log("killed: " + acknowledged.size() + " casts acknowledged, " + unanswered.size() + " unanswered of which "
                + inFlightAtKill.size() + " were sent before the kill");

        // the kill came in the middle of the burst, with casts on the wire, and nothing was refused before it
        assertThat(refused).as("casts answered with an error").isEmpty();
        assertThat(acknowledged.size()).isBetween(KILL_AFTER, NETWORKS * BALLOTS - 1);
        assertThat(inFlightAtKill).as("casts in flight when the JVM was killed").isNotEmpty();
        assertThat(acknowledged.size() + unanswered.size()).isEqualTo(NETWORKS * BALLOTS);

        try (MicroProcess second = MicroProcess.start("crash", database.url(TestDatabase.PORT), TestDatabase.USER)) {
            Client client = new Client(second);
            log("restarted");
            assertSurvivors(coalition, ballots, acknowledged, inFlightAtKill);

            // the rest of the burst on the restarted server: every cast succeeds, a recast replaces (never adds)
            Map<Cast, String> finalReceipts = new ConcurrentHashMap<>(acknowledged);
            Map<Cast, String> failedAgain = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS / 2);
            for (Cast cast : unanswered.keySet()) {
                pool.submit(() -> {
                    try {
                        Client.Reply reply = coalition.cast(client, ballots.get(cast.ballot()),
                                coalition.networks.get(cast.network()), Coalition.choiceFor(cast.ballot(), cast.network()), null);
                        if (reply.status() == 200) {
                            finalReceipts.put(cast, reply.json().getString("receipt"));
                        } else {
                            failedAgain.put(cast, reply.status() + " " + reply.body());
                        }
                    } catch (IOException | RuntimeException e) {
                        failedAgain.put(cast, String.valueOf(e));
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("the rest of the burst ended").isTrue();
            assertThat(failedAgain).as("casts refused after the restart").isEmpty();
            log("cast the " + unanswered.size() + " unanswered casts again");
            assertCountedOnce(client, coalition, ballots, finalReceipts);
            log("closed and counted");
        }
    }

    private static void log(String what) {
        System.out.println("CrashIT " + java.time.Instant.now() + " " + what);
    }

    /**
     * After the restart, in SQL: every acknowledged cast stored once with its receipt, choice and weight; anything
     * else stored comes from a cast in flight at the kill; vote, elector's mark and audit entry go together.
     */
    private void assertSurvivors(Coalition coalition, List<String> ballots, Map<Cast, String> acknowledged,
            Set<Cast> inFlightAtKill) throws SQLException {
        SoftAssertions softly = new SoftAssertions();
        int storedUnacknowledged = 0;
        try (Connection sql = database.connect()) {
            for (int b = 0; b < BALLOTS; b++) {
                long ballot = Long.parseLong(ballots.get(b));
                boolean secret = coalition.ballots.get(ballots.get(b));
                Map<String, String[]> votesByReceipt = new HashMap<>();
                Set<String> namedNetworks = new TreeSet<>();
                int rows = 0;
                try (PreparedStatement query = sql.prepareStatement(
                        "SELECT receipt, choice, weight, network_id, secret FROM ballot_vote WHERE ballot_id = ?")) {
                    query.setLong(1, ballot);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            String network = rs.getString(4);
                            votesByReceipt.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), network});
                            softly.assertThat(rs.getBoolean(5)).as("secrecy of a vote of ballot " + ballot).isEqualTo(secret);
                            if (network != null) {
                                softly.assertThat(namedNetworks.add(network)).as("one vote of network " + network).isTrue();
                            }
                        }
                    }
                }
                softly.assertThat(votesByReceipt).as("receipts of ballot " + ballot + " are unique").hasSize(rows);

                Set<Cast> acknowledgedHere = new HashSet<>();
                for (Map.Entry<Cast, String> ack : acknowledged.entrySet()) {
                    if (ack.getKey().ballot() != b) {
                        continue;
                    }
                    acknowledgedHere.add(ack.getKey());
                    String network = coalition.networks.get(ack.getKey().network());
                    String[] stored = votesByReceipt.get(ack.getValue());
                    softly.assertThat(stored).as("acknowledged vote " + ack + " is stored").isNotNull();
                    if (stored != null) {
                        softly.assertThat(stored[0]).as("choice of " + ack).isEqualTo(Coalition.choiceFor(b, ack.getKey().network()));
                        softly.assertThat(Integer.valueOf(stored[1])).as("weight of " + ack).isEqualTo(coalition.weights.get(network));
                        softly.assertThat(stored[2]).as("network of " + ack).isEqualTo(secret ? null : network);
                    }
                }

                // who cast, according to the audit log and to the electorate's marks: the same networks, once each
                List<String> audited = audited(sql, ballot);
                Set<String> marked = marked(sql, ballot);
                softly.assertThat(audited).as("one audit entry per cast stored in ballot " + ballot).doesNotHaveDuplicates()
                        .hasSize(rows);
                softly.assertThat(new TreeSet<>(audited)).as("audited casts of " + ballot + " are the marked electors")
                        .isEqualTo(marked);
                if (!secret) {
                    softly.assertThat(namedNetworks).as("networks of the votes of " + ballot).isEqualTo(marked);
                }
                Set<String> allowed = new TreeSet<>();
                Set<String> mustBeThere = new TreeSet<>();
                for (Cast cast : acknowledgedHere) {
                    allowed.add(coalition.networks.get(cast.network()));
                    mustBeThere.add(coalition.networks.get(cast.network()));
                }
                for (Cast cast : inFlightAtKill) {
                    if (cast.ballot() == b) {
                        allowed.add(coalition.networks.get(cast.network()));
                    }
                }
                softly.assertThat(marked).as("voters of " + ballot + ": acknowledged, or in flight at the kill")
                        .containsAll(mustBeThere).isSubsetOf(allowed);
                storedUnacknowledged += rows - acknowledgedHere.size();
                for (Map.Entry<String, String[]> vote : votesByReceipt.entrySet()) {
                    if (vote.getValue()[2] != null) {
                        int index = coalition.networks.indexOf(vote.getValue()[2]);
                        softly.assertThat(vote.getValue()[0]).as("choice stored for " + vote.getValue()[2])
                                .isEqualTo(Coalition.choiceFor(b, index));
                    }
                }
            }
        }
        log("stored without an answer (in flight at the kill, committed): " + storedUnacknowledged);
        softly.assertAll();
    }

    /** After the rest of the burst and the closing: API results, receipts and recount against the stored votes. */
    private void assertCountedOnce(Client client, Coalition coalition, List<String> ballots, Map<Cast, String> finalReceipts)
            throws IOException, SQLException {
        SoftAssertions softly = new SoftAssertions();
        int total = 0;
        for (int b = 0; b < BALLOTS; b++) {
            String ballot = ballots.get(b);
            Client.Reply closed = client.json("POST", "ballots/" + ballot + "/closure", coalition.chair, null);
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            Map<String, int[]> expected = new HashMap<>();
            for (String choice : Coalition.CHOICES) {
                expected.put(choice, new int[2]);
            }
            for (int n = 0; n < NETWORKS; n++) {
                int[] line = expected.get(Coalition.choiceFor(b, n));
                line[0]++;
                line[1] += coalition.weights.get(coalition.networks.get(n));
            }
            Map<String, int[]> stored = storedTally(Long.parseLong(ballot));
            for (String choice : Coalition.CHOICES) {
                String key = choice.equals("FOR") ? "for" : choice.equals("AGAINST") ? "against" : "abstain";
                softly.assertThat(closed.json().getInt("result." + key + ".networks")).as(ballot + " " + choice)
                        .isEqualTo(expected.get(choice)[0]).isEqualTo(stored.get(choice)[0]);
                softly.assertThat(closed.json().getInt("result." + key + ".weight")).as(ballot + " " + choice + " weight")
                        .isEqualTo(expected.get(choice)[1]).isEqualTo(stored.get(choice)[1]);
                softly.assertThat(stored.get(choice)[2]).as("tally recorded in the ballot row, " + choice)
                        .isEqualTo(stored.get(choice)[0]);
            }
            softly.assertThat(closed.json().getInt("result.participation.networks")).isEqualTo(NETWORKS);

            Client.Reply receipts = client.json("GET", "ballots/" + ballot + "/receipts", coalition.chair, null);
            assertThat(receipts.status()).as(receipts.body()).isEqualTo(200);
            List<String> published = receipts.json().getList("$", String.class);
            Set<String> ours = new TreeSet<>();
            for (Map.Entry<Cast, String> receipt : finalReceipts.entrySet()) {
                if (receipt.getKey().ballot() == b) {
                    ours.add(receipt.getValue());
                }
            }
            softly.assertThat(published).as("receipts published for " + ballot).hasSize(NETWORKS)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ours);
            total += published.size();

            Client.Reply recount = client.json("GET", "ballots/" + ballot + "/recount", coalition.secretariat, null);
            assertThat(recount.status()).as(recount.body()).isEqualTo(200);
            softly.assertThat(recount.json().getBoolean("matches")).as("recount of " + ballot + ": " + recount.body()).isTrue();
            softly.assertThat(recount.json().getLong("votesRead")).isEqualTo(NETWORKS);
        }
        softly.assertThat(total).as("votes counted in all").isEqualTo(NETWORKS * BALLOTS);
        try (Connection sql = database.connect();
                PreparedStatement query = sql.prepareStatement("SELECT count(*), count(DISTINCT ballot_id || '/' || receipt) "
                        + "FROM ballot_vote WHERE ballot_id IN (SELECT id FROM ballot WHERE body_id = ?)")) {
            query.setLong(1, Long.parseLong(coalition.bodyId));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                softly.assertThat(rs.getInt(1)).as("votes stored in all").isEqualTo(NETWORKS * BALLOTS);
                softly.assertThat(rs.getInt(2)).as("distinct receipts stored").isEqualTo(NETWORKS * BALLOTS);
            }
        }
        softly.assertAll();
    }

    /** Per choice: the votes stored (networks, weight) and the count the ballot row recorded at closing. */
    private Map<String, int[]> storedTally(long ballot) throws SQLException {
        Map<String, int[]> tally = new HashMap<>();
        try (Connection sql = database.connect()) {
            try (PreparedStatement query = sql.prepareStatement(
                    "SELECT choice, count(*), sum(weight) FROM ballot_vote WHERE ballot_id = ? GROUP BY choice")) {
                query.setLong(1, ballot);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        tally.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), 0});
                    }
                }
            }
            try (PreparedStatement query = sql.prepareStatement(
                    "SELECT for_networks, against_networks, abstain_networks FROM ballot WHERE id = ?")) {
                query.setLong(1, ballot);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    for (int i = 0; i < 3; i++) {
                        tally.computeIfAbsent(Coalition.CHOICES.get(i), c -> new int[3])[2] = rs.getInt(i + 1);
                    }
                }
            }
        }
        return tally;
    }

    /**
     * The networks the audit log says were cast for in the ballot, one per record: the entries of the chain and the
     * records committed with their casts but not yet sealed into it (the server seals them just after the commit,
     * or at its next start when it was killed in between).
     */
    static List<String> audited(Connection sql, long ballot) throws SQLException {
        List<String> networks = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement("SELECT after_state FROM audit_entry "
                + "WHERE action = 'ballot.voted' AND subject_type = 'ballot' AND subject_id = ? "
                + "UNION ALL SELECT after_state FROM audit_pending "
                + "WHERE action = 'ballot.voted' AND subject_type = 'ballot' AND subject_id = ?")) {
            query.setString(1, String.valueOf(ballot));
            query.setString(2, String.valueOf(ballot));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Matcher network = NETWORK_ID.matcher(rs.getString(1));
                    networks.add(network.find() ? network.group(1) : "unreadable: " + rs.getString(1));
                }
            }
        }
        return networks;
    }

    /** The networks of the electorate marked as having voted. */
    static Set<String> marked(Connection sql, long ballot) throws SQLException {
        Set<String> networks = new TreeSet<>();
        try (PreparedStatement query = sql.prepareStatement(
                "SELECT network_id FROM ballot_elector WHERE ballot_id = ? AND voted_at IS NOT NULL")) {
            query.setLong(1, ballot);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    networks.add(rs.getString(1));
                }
            }
        }
        return networks;
    }
}
