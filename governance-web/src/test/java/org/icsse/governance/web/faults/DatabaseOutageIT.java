package org.icsse.governance.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, database outage: the server reaches PostgreSQL through a TCP proxy of the test ({@link DatabaseProxy}),
 * so that "stopping the database" for this server alone is the proxy dropping every connection and refusing new
 * ones for 10 seconds, while the PostgreSQL that other builds share keeps running. During the outage every cast
 * answers 503 {@code application/problem+json} with {@code Retry-After} and a clear message in the caller's
 * language (from the authentication of the bearer token, which needs the database, as from a resource reached
 * without a token), and {@code /health/ready} says DOWN. When the proxy listens again the same server, never
 * restarted, is ready again by itself and the very first burst of calls succeeds (the pool checks its connections
 * and replaces the dead ones). In SQL: exactly the acknowledged casts are stored, each whole — a vote, its
 * elector's mark and one audit entry — and a cast refused during the outage left nothing.
 */
@Tag("faults")
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final int NETWORKS = 8;

    private static TestDatabase database;
    private static DatabaseProxy proxy;
    private static MicroProcess server;

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.recreate("outage");
        proxy = DatabaseProxy.to(TestDatabase.HOST, TestDatabase.PORT);
        server = MicroProcess.start("outage", database.url(proxy.port()), TestDatabase.USER);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void castsDuringATenSecondOutageAnswer503StoreNothingAndTheServerRecoversByItself() throws Exception {
        Client client = new Client(server);
        Coalition coalition = Coalition.build(client, NETWORKS, 1);
        String ballot = coalition.ballots.keySet().iterator().next();
        Map<Integer, String> receipts = new TreeMap<>();
        for (int n = 0; n < 2; n++) {
            receipts.put(n, castAcknowledged(client, coalition, ballot, n));
        }
        assertThat(health(client)).isEqualTo("UP");

        // ---- the database goes away for 10 seconds
        Instant cut = Instant.now();
        proxy.cut();
        List<String> healthDuring = new ArrayList<>();
        List<Client.Reply> castsDuring = new ArrayList<>();
        List<Client.Reply> registerDuring = new ArrayList<>();
        String[] languages = {"en", "fr", "es"};
        for (int round = 0; Instant.now().isBefore(cut.plus(OUTAGE).minusSeconds(2)); round++) {
            healthDuring.add(health(client));
            // network 7 first: it is refused now and never cast again, so it must have left nothing
            int network = NETWORKS - 1 - round % 6;
            castsDuring.add(coalition.cast(client, ballot, coalition.networks.get(network),
                    Coalition.choiceFor(0, network), languages[round % 3]));
            registerDuring.add(client.call("GET", "decisions", null, null, null, languages[round % 3]));
            Thread.sleep(700);
        }
        Duration castingTime = Duration.between(cut, Instant.now());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), cut.plus(OUTAGE)).toMillis()));
        proxy.restore();
        Instant restored = Instant.now();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(castingTime).as("the calls of the outage took place within it").isLessThan(OUTAGE);
        softly.assertThat(castsDuring).as("casts during the outage").hasSizeGreaterThanOrEqualTo(4);
        softly.assertThat(healthDuring).as("/health/ready during the outage").isNotEmpty().containsOnly("DOWN");
        for (int i = 0; i < castsDuring.size(); i++) {
            assertUnavailable(softly, "cast " + i, castsDuring.get(i), languages[i % 3]);
            assertUnavailable(softly, "decisions " + i, registerDuring.get(i), languages[i % 3]);
        }
        softly.assertAll();

        // ---- the database is back: the first calls, many at once, succeed on the same server
        List<Callable<Client.Reply>> firstCalls = new ArrayList<>();
        for (int n = 2; n < NETWORKS - 1; n++) {
            int network = n;
            firstCalls.add(() -> coalition.cast(client, ballot, coalition.networks.get(network), Coalition.choiceFor(0, network), null));
        }
        for (int i = 0; i < 6; i++) {
            firstCalls.add(() -> client.json("GET", "ballots/" + ballot, coalition.chair, null));
        }
        List<Client.Reply> after = together(firstCalls);
        Duration recovery = Duration.between(restored, Instant.now());
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).status()).as("call " + i + " after the outage: " + after.get(i).body()).isEqualTo(200);
        }
        for (int n = 2; n < NETWORKS - 1; n++) {
            receipts.put(n, after.get(n - 2).json().getString("receipt"));
        }
        assertThat(health(client)).as("/health/ready after the outage").isEqualTo("UP");
        assertThat(recovery).as("time to serve again after the database came back").isLessThan(Duration.ofSeconds(30));

        // ---- what was stored: the acknowledged casts, whole, and nothing of network 7's refused cast
        assertStoredExactly(coalition, ballot, receipts);
    }

    /** A cast answered 200 with a receipt; the receipt. */
    private static String castAcknowledged(Client client, Coalition coalition, String ballot, int network) throws IOException {
        Client.Reply reply = coalition.cast(client, ballot, coalition.networks.get(network), Coalition.choiceFor(0, network), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getString("receipt");
    }

    /** The status {@code /health/ready} reports (UP with 200, DOWN with 503). */
    private static String health(Client client) throws IOException {
        Client.Reply reply = client.get(server.readiness());
        String status = reply.json().getString("status");
        assertThat(reply.status()).as(reply.body()).isEqualTo("UP".equals(status) ? 200 : 503);
        return status;
    }

    private static void assertUnavailable(SoftAssertions softly, String what, Client.Reply reply, String language) {
        softly.assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(503);
        softly.assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
        softly.assertThat(reply.retryAfter()).as(what + " Retry-After").hasValue("5");
        if (reply.status() != 503 || !reply.contentType().startsWith("application/problem+json")) {
            return;
        }
        softly.assertThat(reply.json().getInt("status")).isEqualTo(503);
        softly.assertThat(reply.json().getString("type")).as(what).isEqualTo("urn:icsse:governance:problem:database-unavailable");
        softly.assertThat(reply.json().getString("title")).as(what).isEqualTo("Service Unavailable");
        String expected = switch (language) {
            case "fr" -> "La base de données est injoignable pour le moment";
            case "es" -> "No se puede acceder a la base de datos en este momento";
            default -> "The database cannot be reached just now";
        };
        softly.assertThat(reply.json().getString("detail")).as(what).startsWith(expected);
        softly.assertThat(reply.body()).as(what).doesNotContain("Exception").doesNotContain("org.").doesNotContain("at java.");
    }

    private static List<Client.Reply> together(List<Callable<Client.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Client.Reply>> running = new ArrayList<>();
            for (Callable<Client.Reply> call : calls) {
                running.add(pool.submit(call));
            }
            List<Client.Reply> replies = new ArrayList<>();
            for (Future<Client.Reply> reply : running) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * In SQL, straight to PostgreSQL: one vote per acknowledged cast with its receipt and choice, an elector's mark
     * and one audit entry for each, and nothing of the casts refused (networks 2 to 7 were refused during the outage;
     * 2 to 6 were cast once more after it, 7 never).
     */
    private static void assertStoredExactly(Coalition coalition, String ballot, Map<Integer, String> receipts) throws SQLException {
        Map<String, String> expectedVotes = new TreeMap<>();
        receipts.forEach((n, receipt) -> expectedVotes.put(coalition.networks.get(n), receipt + " " + Coalition.choiceFor(0, n)));
        Map<String, String> storedVotes = new TreeMap<>();
        try (Connection sql = database.connect()) {
            try (PreparedStatement query = sql.prepareStatement(
                    "SELECT network_id, receipt, choice FROM ballot_vote WHERE ballot_id = ?")) {
                query.setLong(1, Long.parseLong(ballot));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        assertThat(storedVotes.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3)))
                                .as("a second vote of " + rs.getString(1)).isNull();
                    }
                }
            }
            assertThat(storedVotes).as("votes stored").isEqualTo(expectedVotes);
            assertThat(CrashIT.audited(sql, Long.parseLong(ballot))).as("audit entries of casts: one per acknowledged cast")
                    .containsExactlyInAnyOrderElementsOf(expectedVotes.keySet());
            assertThat(CrashIT.marked(sql, Long.parseLong(ballot))).as("electors marked as having voted")
                    .isEqualTo(new TreeSet<>(expectedVotes.keySet()));
        }
    }
}
