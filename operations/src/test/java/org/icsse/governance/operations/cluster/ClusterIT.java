package org.icsse.governance.operations.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8: the application on two Payara Micro instances of one cluster (Payara's data grid, on the loopback) behind
 * nginx (the reference configuration, operations/nginx/governance.conf), on one PostgreSQL — and one instance killed
 * (SIGKILL) while the votes come in. Proves that every vote acknowledged is stored and counted once, that a chair
 * console on the other instance follows the votes cast through the first (within a second) and is up to date after
 * the kill, that a chair signed in through nginx on the killed instance is still signed in (and their console page
 * still works), and that a remote ballot whose deadline passes as the instance dies is closed exactly once by the
 * scheduled job of the survivor.
 * <p>
 * Run alone: {@code operations/run -Dit.test=ClusterIT -Dops.pg.database=governance_it_cluster}. Its folder (logs
 * of both instances and of nginx) is {@code operations/target/cluster-it}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterIT {

    private static final String ADMIN_PASSWORD = "Quorum-Passw0rd-2026";
    private static final String STAFF_PASSWORD = "Sitting-Passw0rd-2026";
    private static final String CHAIR = "cluster.chair";
    private static final int NETWORKS = 40;
    /** Votes cast directly on the instance to be killed, one at a time, each timed until the other's console shows it. */
    private static final int PROBES = 5;
    private static final int CLIENTS = 6;
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(1);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path work = Path.of(System.getProperty("ops.target", "target")).resolve("cluster-it");
    private final ClusterDatabase database = new ClusterDatabase(System.getProperty("ops.pg.host", "127.0.0.1"),
            Integer.getInteger("ops.pg.port", 5432), System.getProperty("ops.pg.user", "postgres"),
            System.getProperty("ops.pg.database", "governance_it_cluster"));
    /** Everything started, closed in reverse order after the test, whatever happened. */
    private final List<AutoCloseable> started = new ArrayList<>();

    /** A member network of the test and the bearer token of its delegate. */
    private record Network(String id, String token) {
    }

    /** A vote as acknowledged to its client: 200 with this receipt, from this instance. */
    private record Ack(String choice, String receipt, String answeredBy) {
    }

    @Test
    void votesSignedInUsersLiveConsolesAndDeadlinesSurviveTheLossOfAnInstance() throws Exception {
        long began = System.nanoTime();
        deleteTree(work);
        Files.createDirectories(work);
        database.recreate();

        // ---- two instances of one cluster, then nginx in front of them
        int httpA = freePort();
        int httpB = freePort();
        int gridA = freePort();
        int gridB = freePort();
        List<Integer> grid = List.of(gridA, gridB);
        Path microJar = Path.of(System.getProperty("ops.microJar"));
        Path war = Path.of(System.getProperty("ops.war"));
        // the first start migrates the schema and opens the administrator account: the second starts once it has
        ClusterInstance alpha = started(ClusterInstance.start(microJar, war, work, "alpha", "governance-it", httpA, gridA, grid,
                settings("alpha")));
        alpha.awaitLog("Opened the administrator account", START_TIMEOUT);
        ClusterInstance beta = started(ClusterInstance.start(microJar, war, work, "beta", "governance-it", httpB, gridB, grid,
                settings("beta")));
        alpha.awaitReady(START_TIMEOUT);
        beta.awaitReady(START_TIMEOUT);
        assertThat(Files.readString(beta.log())).as("beta lists alpha among the members of its data grid")
                .contains("Address: /127.0.0.1:" + gridA);
        Path reference = Path.of(System.getProperty("ops.nginxConf",
                Path.of(System.getProperty("ops.target", "target")).resolveSibling("nginx").resolve("governance.conf").toString()));
        ClusterBalancer nginx = started(ClusterBalancer.start(Path.of(System.getProperty("ops.nginx", "/usr/sbin/nginx")),
                reference, work, freePort(), httpA, httpB));
        System.out.printf("ClusterIT: alpha on %d, beta on %d, nginx on %d; ready after %d s%n", httpA, httpB, nginx.port(),
                seconds(began));

        // ---- the world, through nginx: a body of 40 networks, a sitting on one motion, a remote ballot on another
        ClusterClient api = ClusterClient.api(nginx.base());
        String admin = api.token("admin", ADMIN_PASSWORD);
        // the chair reads in French: a session made anew on the survivor must take that from the account
        user(api, admin, CHAIR, "CHAIR", null, "FR");
        user(api, admin, "cluster.secretariat", "SECRETARIAT", null, "EN");
        String chair = api.token(CHAIR, STAFF_PASSWORD);
        String secretariat = api.token("cluster.secretariat", STAFF_PASSWORD);
        List<Network> networks = networks(api, admin);
        String bodyId = api.call("POST", "bodies", secretariat, "{\"name\":\"Cluster assembly\",\"code\":\"CLU\",\"networkIds\":["
                + networks.stream().map(n -> "\"" + n.id() + "\"").collect(Collectors.joining(",")) + "],\"quorum\":"
                + "{\"networksPercent\":50,\"weightPercent\":0},\"majority\":\"SIMPLE\",\"secondsRequired\":0,\"proxyCap\":1}", 201)
                .getString("id");
        String sittingMotion = admittedMotion(api, secretariat, chair, bodyId, networks.get(0), "Sitting");
        String remoteMotion = admittedMotion(api, secretariat, chair, bodyId, networks.get(0), "Remote");
        String meetingId = sitting(api, secretariat, chair, bodyId, sittingMotion);
        String sittingBallot = api.call("POST", "ballots", chair, "{\"motionId\":\"" + sittingMotion + "\",\"secret\":false}", 201)
                .getString("id");
        String remoteBallot = api.call("POST", "ballots", chair, "{\"motionId\":\"" + remoteMotion + "\",\"secret\":false,"
                + "\"closesAt\":\"" + Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"}", 201)
                .getString("id");
        Map<String, Ack> remoteAcks = castAll(api, remoteBallot, networks, 0, null, null);
        System.out.printf("ClusterIT: seeded, %d remote votes cast, after %d s%n", remoteAcks.size(), seconds(began));

        // ---- a chair signed in through nginx, on the instance their session lives on: that one will be killed
        ClusterClient nginxChair = ClusterClient.browser(nginx.base());
        nginxChair.signIn(CHAIR, STAFF_PASSWORD);
        String servedBy = upstream(nginxChair.page("/index.xhtml"));
        assertThat(servedBy).as("the instance named by nginx's route cookie").isIn(alpha.name(), beta.name());
        ClusterInstance victim = servedBy.equals(alpha.name()) ? alpha : beta;
        ClusterInstance survivor = victim == alpha ? beta : alpha;
        ClusterConsole consoleThroughNginx = started(new ClusterConsole(nginxChair, meetingId)).listen();

        // ---- a chair console on the survivor, directly: the votes cast on the victim must reach it
        ClusterClient survivorChair = ClusterClient.browser(survivor.base());
        survivorChair.signIn(CHAIR, STAFF_PASSWORD);
        ClusterConsole survivorConsole = started(new ClusterConsole(survivorChair, meetingId)).listen();
        // as a browser that has just opened the page: its first redraws are slower (classes loaded, code not yet compiled)
        survivorConsole.refresh();
        survivorConsole.refresh();
        ClusterClient onVictim = ClusterClient.api(victim.base());
        List<Long> delays = new ArrayList<>();
        Map<String, Ack> sittingAcks = new ConcurrentHashMap<>();
        for (int i = 0; i < PROBES; i++) {
            Network network = networks.get(i);
            Ack ack = cast(onVictim, sittingBallot, network, choice(i));
            long acknowledged = System.nanoTime();
            sittingAcks.put(network.id(), ack);
            long shown = survivorConsole.awaitShown(i + 1, Duration.ofSeconds(10));
            // -1: never shown
            delays.add(shown < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(Math.max(0, shown - acknowledged)));
        }
        System.out.printf("ClusterIT: votes cast on %s shown on %s's console after %s ms%n", victim.name(), survivor.name(), delays);
        assertThat(delays).as("ms from each vote acknowledged by %s to %s's console showing it", victim.name(), survivor.name())
                .allMatch(delay -> delay >= 0 && delay <= LIVE_WITHIN.toMillis());
        assertThat(consoleThroughNginx.awaitShown(PROBES, Duration.ofSeconds(10)))
                .as("the console through nginx (a websocket through nginx) follows the votes too").isPositive();

        // ---- the other votes through nginx from several clients; half-way, the victim is killed as the remote
        //      ballot's deadline passes
        CountDownLatch halfWay = new CountDownLatch((NETWORKS - PROBES) / 2);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Future<Map<String, Ack>> load = clients.submit(() -> castAll(api, sittingBallot, networks, PROBES, halfWay, Duration.ofMillis(60)));
        assertThat(halfWay.await(2, TimeUnit.MINUTES)).as("half the votes acknowledged").isTrue();
        database.moveDeadline(remoteBallot, Instant.now().minusSeconds(1));
        victim.kill();
        long killed = System.nanoTime();
        System.out.printf("ClusterIT: %s killed after %d s%n", victim.name(), seconds(began));
        sittingAcks.putAll(load.get(3, TimeUnit.MINUTES));
        clients.shutdown();
        long lastAck = System.nanoTime();
        assertThat(sittingAcks).as("every network's vote acknowledged").hasSize(NETWORKS);
        assertThat(sittingAcks.values().stream().map(Ack::answeredBy).filter(by -> !by.equals("direct")).distinct().sorted())
                .as("instances that acknowledged votes through nginx")
                .containsExactlyInAnyOrder(alpha.name(), beta.name());

        // the survivor's console is up to date
        long upToDate = survivorConsole.awaitShown(NETWORKS, Duration.ofSeconds(10));
        assertThat(upToDate).as("%s's console shows all %d votes", survivor.name(), NETWORKS).isPositive();
        System.out.printf("ClusterIT: %s's console showed all votes %d ms after the last acknowledgement%n", survivor.name(),
                TimeUnit.NANOSECONDS.toMillis(Math.max(0, upToDate - lastAck)));

        // ---- the chair signed in through nginx on the victim is still signed in: the survivor recognises their login
        //      (the login cookie) and their console, opened again, is up to date
        HttpResponse<String> again = nginxChair.page("/index.xhtml");
        assertThat(again.uri().getPath()).as("no login asked for").doesNotEndWith("/login.xhtml");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(upstream(again)).as("served by the survivor").isEqualTo(survivor.name());
        assertThat(again.body()).as("the new session took the account's language").contains("<html lang=\"fr\"");
        ClusterConsole reopened = started(new ClusterConsole(nginxChair, meetingId));
        assertThat(reopened.refresh()).as("the console reopened through nginx on %s", survivor.name()).isEqualTo(NETWORKS);
        // signing out ends the login everywhere: the login cookie signs nobody in any more
        String loginCookie = nginxChair.cookie("GOVERNANCE_LOGIN").orElseThrow();
        HttpResponse<String> out = nginxChair.post("/index.xhtml", Map.of("layout", "layout", "layout:logout", "",
                "jakarta.faces.ViewState", ClusterClient.viewState(again.body())), false);
        assertThat(out.uri().getPath()).as("signed out").endsWith("/login.xhtml");
        ClusterClient stolen = ClusterClient.browser(nginx.base());
        stolen.giveCookie("GOVERNANCE_LOGIN", loginCookie);
        assertThat(stolen.page("/index.xhtml").uri().getPath()).as("the old login cookie after signing out")
                .endsWith("/login.xhtml");

        // ---- every acknowledged vote stored once (the last receipt each network was given) and counted once
        Map<String, ClusterDatabase.StoredVote> stored = database.votes(sittingBallot);
        assertThat(stored).as("one vote stored per network").hasSize(NETWORKS);
        sittingAcks.forEach((network, ack) -> assertThat(stored.get(network))
                .as("network %s's vote", network).isEqualTo(new ClusterDatabase.StoredVote(ack.choice(), ack.receipt())));
        JsonObject closed = api.call("POST", "ballots/" + sittingBallot + "/closure", chair, null, 200);
        assertCounted(closed.getJsonObject("result"), stored);
        List<String> receipts = ClusterClient.array(api.send("GET", "ballots/" + sittingBallot + "/receipts", chair, null).body())
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
        assertThat(receipts).as("the published receipts").isEqualTo(stored.values().stream().map(ClusterDatabase.StoredVote::receipt)
                .sorted().toList());

        // ---- the remote ballot, due when the victim died, closed exactly once by the survivor's scheduled job
        JsonObject remote = awaitClosed(api, chair, remoteBallot, Duration.ofSeconds(90));
        System.out.printf("ClusterIT: the remote ballot closed %d s after the kill%n", seconds(killed));
        Map<String, ClusterDatabase.StoredVote> remoteStored = database.votes(remoteBallot);
        assertThat(remoteStored).hasSize(NETWORKS);
        remoteAcks.forEach((network, ack) -> assertThat(remoteStored.get(network))
                .isEqualTo(new ClusterDatabase.StoredVote(ack.choice(), ack.receipt())));
        assertCounted(remote.getJsonObject("result"), remoteStored);
        assertThat(remote.getJsonObject("result").getString("outcome")).isEqualTo("ADOPTED");
        assertThat(database.decisionsOf(remoteBallot)).as("decisions recorded for the remote ballot").isEqualTo(1);
        assertThat(database.audited("ballot.closed", remoteBallot)).as("closures audited for the remote ballot").isEqualTo(1);
        assertThat(survivor.isAlive()).isTrue();
        System.out.printf("ClusterIT: done in %d s%n", seconds(began));
    }

    // ------------------------------------------------------------------------------------------------ the world

    private List<String> settings(String instance) {
        return List.of("-Dgovernance.db.url=" + database.url(), "-Dgovernance.db.user=" + database.user(),
                "-Dgovernance.demo=false", "-Dgovernance.admin.password=" + ADMIN_PASSWORD,
                "-Dgovernance.password.iterations=10000",
                // remote ballots due are closed every 10 s (the shortest period), not every minute
                "-Dgovernance.close-ballots.every=PT10S",
                "-Dgovernance.data.dir=" + work.resolve(instance).resolve("data"));
    }

    private static void user(ClusterClient api, String admin, String username, String role, String networkId, String language)
            throws Exception {
        api.call("POST", "users", admin, "{\"username\":\"" + username + "\",\"password\":\"" + STAFF_PASSWORD + "\",\"displayName\":\""
                + username + "\",\"email\":\"" + username + "@example.org\",\"language\":\"" + language + "\",\"roles\":[\"" + role + "\"]"
                + (networkId == null ? "" : ",\"networkId\":\"" + networkId + "\"") + "}", 201);
    }

    private static List<Network> networks(ClusterClient api, String admin) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Network>> created = new ArrayList<>();
            for (int i = 0; i < NETWORKS; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    String id = api.call("POST", "networks", admin, "{\"name\":\"Cluster network " + n + "\",\"acronym\":\"CLN" + n
                            + "\",\"region\":\"AFRICA\",\"category\":\"MEMBER_BASED\",\"weight\":1}", 201).getString("id");
                    String username = "cluster.delegate" + n;
                    user(api, admin, username, "DELEGATE", id, "EN");
                    return new Network(id, api.token(username, STAFF_PASSWORD));
                }));
            }
            List<Network> networks = new ArrayList<>();
            for (Future<Network> network : created) {
                networks.add(network.get(2, TimeUnit.MINUTES));
            }
            return networks;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String admittedMotion(ClusterClient api, String secretariat, String chair, String bodyId, Network proposer,
            String title) throws Exception {
        String id = api.call("POST", "motions", secretariat, "{\"bodyId\":\"" + bodyId + "\",\"title\":\"" + title + " motion\","
                + "\"text\":\"The assembly meets on several servers.\",\"language\":\"EN\",\"proposerNetworkId\":\""
                + proposer.id() + "\"}", 201).getString("id");
        api.call("POST", "motions/" + id + "/admission", chair, null, 200);
        return id;
    }

    /** A meeting of the body in session, on the motion's agenda item; its id. */
    private static String sitting(ClusterClient api, String secretariat, String chair, String bodyId, String motionId)
            throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        String meetingId = api.call("POST", "meetings", secretariat, "{\"bodyId\":\"" + bodyId + "\",\"title\":\"Cluster sitting\","
                + "\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(4) + "\",\"timeZone\":\"UTC\",\"venue\":\"Hall\"}", 201)
                .getString("id");
        String itemId = api.call("POST", "meetings/" + meetingId + "/agenda", secretariat, "{\"motionId\":\"" + motionId
                + "\",\"minutes\":30}", 201).getJsonArray("agenda").getJsonObject(0).getString("id");
        api.call("POST", "meetings/" + meetingId + "/opening", chair, null, 200);
        api.call("POST", "meetings/" + meetingId + "/current-item", chair, "{\"itemId\":\"" + itemId + "\"}", 200);
        return meetingId;
    }

    // ------------------------------------------------------------------------------------------------ the votes

    /** Network i votes AGAINST if i is a multiple of 4 plus 3, ABSTAIN if of 10 plus 9, FOR otherwise: adopted. */
    private static String choice(int i) {
        return i % 10 == 9 ? "ABSTAIN" : i % 4 == 3 ? "AGAINST" : "FOR";
    }

    /**
     * The networks from {@code first} on vote, from {@link #CLIENTS} clients at once, each retrying until its vote is
     * acknowledged; counts each acknowledgement down on {@code acknowledged} (if given), pausing {@code pause} (if
     * given) after each.
     */
    private static Map<String, Ack> castAll(ClusterClient api, String ballotId, List<Network> networks, int first,
            CountDownLatch acknowledged, Duration pause) throws Exception {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = first; i < networks.size(); i++) {
            queue.add(i);
        }
        Map<String, Ack> acks = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (Integer i = queue.poll(); i != null; i = queue.poll()) {
                        Network network = networks.get(i);
                        acks.put(network.id(), cast(api, ballotId, network, choice(i)));
                        if (acknowledged != null) {
                            acknowledged.countDown();
                        }
                        if (pause != null) {
                            Thread.sleep(pause.toMillis());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return acks;
    }

    /** Casts a vote, as a voter's client does: again while the answer is an error of the servers or none at all. */
    private static Ack cast(ClusterClient via, String ballotId, Network network, String choice) throws Exception {
        String failure = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                HttpResponse<String> response = via.send("PUT", "ballots/" + ballotId + "/votes/" + network.id(), network.token(),
                        "{\"choice\":\"" + choice + "\"}");
                if (response.statusCode() == 200) {
                    JsonObject vote = ClusterClient.json(response.body());
                    return new Ack(vote.getString("choice"), vote.getString("receipt"), upstream(response));
                }
                if (response.statusCode() < 500) {
                    throw new IllegalStateException("the vote of network " + network.id() + " answered " + response.statusCode()
                            + ": " + response.body());
                }
                failure = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                failure = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the vote of network " + network.id() + " was never acknowledged: " + failure);
    }

    /** The result's counts of networks by choice are those of the votes stored. */
    private static void assertCounted(JsonObject result, Map<String, ClusterDatabase.StoredVote> stored) {
        Map<String, Long> counted = new TreeMap<>();
        for (String choice : List.of("FOR", "AGAINST", "ABSTAIN")) {
            counted.put(choice, (long) result.getJsonObject(choice.toLowerCase(java.util.Locale.ROOT)).getInt("networks"));
        }
        Map<String, Long> storedCounts = new TreeMap<>(stored.values().stream()
                .collect(Collectors.groupingBy(ClusterDatabase.StoredVote::choice, Collectors.counting())));
        for (String choice : List.of("FOR", "AGAINST", "ABSTAIN")) {
            storedCounts.putIfAbsent(choice, 0L);
        }
        assertThat(counted).as("the result's counts").isEqualTo(storedCounts);
        assertThat(result.getJsonObject("participation").getInt("networks")).isEqualTo(stored.size());
    }

    private static JsonObject awaitClosed(ClusterClient api, String token, String ballotId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject ballot;
        do {
            ballot = api.call("GET", "ballots/" + ballotId, token, null, 200);
            if ("CLOSED".equals(ballot.getString("status"))) {
                return ballot;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the remote ballot " + ballotId + " was still " + ballot.getString("status") + " after " + timeout);
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private static final Pattern ROUTE = Pattern.compile(ClusterBalancer.ROUTE_COOKIE + "=(\\w+)");

    /** The instance that answered through nginx (its route cookie), or "direct" for a request sent to an instance. */
    private static String upstream(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(ROUTE::matcher).filter(Matcher::find)
                .map(route -> route.group(1)).reduce((first, last) -> last).orElse("direct");
    }

    private <T extends AutoCloseable> T started(T thing) {
        started.add(thing);
        return thing;
    }

    @AfterEach
    void stopEverythingAndDropTheDatabase() throws Exception {
        Collections.reverse(started);
        for (AutoCloseable thing : started) {
            try {
                thing.close();
            } catch (Exception e) {
                System.err.println("ClusterIT: could not stop " + thing + ": " + e);
            }
        }
        started.clear();
        database.drop();
    }

    private static long seconds(long since) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
