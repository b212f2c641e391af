package org.icsse.governance.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Runs the benchmarks of issue 7 against the application on Payara Micro (512 MiB heap) and PostgreSQL, each with
 * its baseline measured in the same run, prints the table and writes it to {@code target/results.md}.
 * Started by {@code bench/run} (see bench/README.md); its settings are system properties {@code bench.*}.
 */
public final class Bench {

    static final String ADMIN_PASSWORD = "bench-bootstrap-secret-2026";
    static final String STAFF_PASSWORD = "bench-staff-secret-2026";
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path microJar = Path.of(System.getProperty("bench.microJar"));
    private final Path war = Path.of(System.getProperty("bench.war"));
    private final Path target = Path.of(System.getProperty("bench.target"));
    private final Path work = target.resolve("bench-work");
    private final Set<String> only = Set.of(System.getProperty("bench.only", "1,2,3,4,5").split(","));
    private final Db db = new Db(System.getProperty("bench.pg.host", "127.0.0.1:5432"),
            System.getProperty("bench.pg.database", "governance_it_bench"), System.getProperty("bench.pg.user", "postgres"));
    private final List<Row> rows = new ArrayList<>();
    private final List<String> breakdowns = new ArrayList<>();
    private final Instant begun = Instant.now();

    private Bench() {
    }

    public static void main(String[] args) {
        // the API client's executor threads would keep the JVM (and bench/run) alive after the report
        int status = 0;
        try {
            new Bench().run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run() throws Exception {
        if (!Files.isRegularFile(war) || !Files.isRegularFile(microJar)) {
            throw new IllegalStateException("build the WAR and copy Payara Micro first (bench/run does): " + war + ", " + microJar);
        }
        deleteTree(work);
        Files.createDirectories(work);
        System.out.println("Benchmarks " + only + " on " + Runtime.getRuntime().availableProcessors() + " cores; database "
                + db.database() + " recreated");
        db.recreate();
        try {
            long firstStart;
            try (Micro app = Micro.start(microJar, war, "governance", work, "app", withRecording(appProperties()))) {
                firstStart = app.awaitReady("/health/ready", "database", START_TIMEOUT);
                System.out.printf("application ready in %,d ms (first start: schema migrated)%n", firstStart);
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
                Api api = new Api(client, app.url("/governance"));
                Staff staff = Staff.create(api);
                if (only.contains("1") || only.contains("3")) {
                    guarded(only.contains("1") ? "1" : "3", () -> voting(app, api, staff));
                }
                if (only.contains("2")) {
                    guarded("2", () -> closing(api, staff));
                }
                if (only.contains("4")) {
                    guarded("4", () -> archiving(app, api, staff));
                }
            }
            if (only.contains("5")) {
                guarded("5", () -> startUp(firstStart));
            }
        } finally {
            if (!Boolean.getBoolean("bench.keepDatabase")) {
                db.drop();
            }
        }
        report();
    }

    /** The application's settings, as system properties (README, Configuration). */
    private List<String> appProperties() {
        return List.of("-Dgovernance.db.url=" + db.url(), "-Dgovernance.db.user=" + db.user(),
                "-Dgovernance.demo=false", "-Dgovernance.admin.password=" + ADMIN_PASSWORD,
                "-Dgovernance.password.iterations=10000", "-Dgovernance.jobs.scheduled=false",
                "-Dgovernance.data.dir=" + work.resolve("app-data"), "-Dgovernance.archive.dir=" + work.resolve("archive"));
    }

    /**
     * With {@code -Dbench.jfr=true}, the first server records a Java Flight Recording (the JDK's {@code profile}
     * settings) into {@code bench-work/app/app.jfr}, written when it stops: the CPU samples to profile a benchmark
     * by ({@code jfr print --events jdk.ExecutionSample}). Off by default: the recording costs a little CPU.
     */
    private List<String> withRecording(List<String> properties) {
        if (!Boolean.getBoolean("bench.jfr")) {
            return properties;
        }
        List<String> options = new ArrayList<>(properties);
        options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + work.resolve("app").resolve("app.jfr"));
        return options;
    }

    /** The chair and the secretariat of the benchmarks, created by the administrator through the API. */
    record Staff(String chair, String secretariat) {

        static Staff create(Api api) {
            String admin = api.token("admin", ADMIN_PASSWORD);
            for (String[] user : new String[][] {{"bench.chair", "CHAIR"}, {"bench.secretariat", "SECRETARIAT"}}) {
                api.call("POST", "users", admin, "{\"username\":\"" + user[0] + "\",\"password\":\"" + STAFF_PASSWORD
                        + "\",\"displayName\":\"" + user[0] + "\",\"email\":\"" + user[0] + "@example.org\",\"language\":\"EN\","
                        + "\"roles\":[\"" + user[1] + "\"]}", 201);
            }
            return new Staff(api.token("bench.chair", STAFF_PASSWORD), api.token("bench.secretariat", STAFF_PASSWORD));
        }
    }

    // ------------------------------------------------------------------------------------------------ benchmark 1

    private interface Step {
        void run() throws Exception;
    }

    /** A benchmark that fails is reported as failed; the others still run. */
    private void guarded(String benchmark, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            rows.add(new Row(benchmark + ". FAILED: " + e.toString().replace('|', '/').replace('\n', ' '), "", "", "", "",
                    false));
        }
    }

    private void voting(Micro app, Api api, Staff staff) throws Exception {
        boolean observed = only.contains("3");
        System.out.println("1. vote casting: seeding 2,000 networks, delegates and tokens"
                + (observed ? "; the measured ballot in a sitting, observed on the chair's console (3)" : ""));
        VoteSetup setup = VoteSetup.create(db, api, staff, observed);
        // -Dbench.voteWarmUpRounds=n: the warm-up ballot gets n rounds of casts (and changes) by every network
        // instead of 500 casts, so the server's compiled code, not its interpreter, is what is measured
        int warmUpRounds = Integer.getInteger("bench.voteWarmUpRounds", 0);
        if (warmUpRounds == 0) {
            System.out.println("   warming up both sides (500 casts on another ballot, 500 baseline rows)");
            VoteBench.application(api, setup.warmUpBallot(), setup.delegates().subList(0, 500), ack -> { });
        } else {
            System.out.printf("   warming up both sides (%d rounds of 3,000 casts on another ballot, 500 baseline rows)%n", warmUpRounds);
            for (int round = 0; round < warmUpRounds; round++) {
                VoteBench.application(api, setup.warmUpBallot(), setup.delegates(), ack -> { });
            }
        }
        VoteBench.jdbc(db, -1, setup.delegates().subList(0, 500));

        VoteBench.Outcome application;
        LiveObserver.Outcome live = null;
        LiveObserver observer = null;
        if (observed) {
            try {
                observer = new LiveObserver(app, "bench.chair", STAFF_PASSWORD, setup.meetingId(),
                        Long.getLong("bench.observerPauseMillis", 0));
            } catch (Exception e) {
                e.printStackTrace();
                rows.add(new Row("3. FAILED: " + e.toString().replace('|', '/').replace('\n', ' '), "", "", "", "", false));
            }
        }
        LiveObserver watching = observer;
        // where the server's request threads are while the votes are cast (the first part whose marker a stack
        // holds; "other" is the application's own code, Jersey, Weld, the servlet container)
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("role checks (JACC policy, Exousia)", "org.glassfish.exousia");
        parts.put("ids taken from a sequence (EclipseLink)", "SequencingManager");
        parts.put("PostgreSQL driver (sending statements, waiting for the answers)", "org.postgresql");
        parts.put("JDBC connection pool", "com.sun.enterprise.resource.pool");
        parts.put("JTA (enlisting, committing)", "com.sun.enterprise.transaction");
        parts.put("JPA (EclipseLink)", "org.eclipse.persistence");
        parts.put("JSON-B (Yasson)", "org.eclipse.yasson");
        parts.put("SHA-256 (token check)", "MessageDigest");
        // every request passes Tyrus' servlet filter (websocket upgrades): its frames mark only the sending of messages
        parts.put("Faces push (sending a websocket message)", "TyrusRemoteEndpoint");
        try (DbSampler sampler = DbSampler.start(db)) {
            StackSampler stacks = new StackSampler(app.pid(), "http-thread-pool", parts);
            application = VoteBench.application(api, setup.ballot(), setup.delegates(),
                    watching == null ? ack -> { } : ack -> watching.acknowledged(ack.network(), ack.nanoTime()));
            sampler.close();
            stacks.close();
            breakdown("1. vote casting, the application's database sessions", sampler);
            breakdowns.add("**1. vote casting, where the server's request threads were (thread dumps every 0.5 s)**:\n\n```\n"
                    + String.join("\n", stacks.shares()) + "\n```\n");
            System.out.println("   1. vote casting, the server's request threads:");
            stacks.shares().forEach(line -> System.out.println("     " + line));
        } finally {
            if (observer != null) {
                live = observer.finish(Duration.ofSeconds(120));
            }
        }
        long stored = db.single("SELECT COUNT(*) FROM ballot_vote WHERE ballot_id = " + setup.ballot());
        long against = db.single("SELECT COUNT(*) FROM ballot_vote WHERE choice = 'AGAINST' AND ballot_id = " + setup.ballot());
        VoteBench.Outcome baseline = VoteBench.jdbc(db, 1, setup.delegates());
        System.out.printf("   application: %,.0f votes/s, p50 %.1f p95 %.1f p99 %.1f ms, %d errors; %d votes stored, %d against%n",
                application.perSecond(), application.millis(50), application.millis(95), application.millis(99),
                application.errors(), stored, against);
        System.out.printf("   baseline:    %,.0f rows/s, p50 %.1f p95 %.1f p99 %.1f ms, %d errors%n", baseline.perSecond(),
                baseline.millis(50), baseline.millis(95), baseline.millis(99), baseline.errors());
        if (live != null) {
            liveResults(live);
        }
        if (only.contains("1")) {
            double ratio = application.perSecond() / baseline.perSecond();
            rows.add(new Row("1. votes per second (64 clients, 2,000 casts + 1,000 changes)",
                    format("%,.0f", application.perSecond()), format("%,.0f (JDBC)", baseline.perSecond()),
                    format("%.2f", ratio), "≥ 0.50", ratio >= 0.5));
            rows.add(new Row("1. latency p50 / p95 / p99 (ms)", format("%.1f / %.1f / %.1f", application.millis(50),
                    application.millis(95), application.millis(99)), format("%.1f / %.1f / %.1f", baseline.millis(50),
                    baseline.millis(95), baseline.millis(99)), format("%.1f (p99)", application.millis(99) / baseline.millis(99)),
                    "p99 < 100 ms", application.millis(99) < 100));
            boolean consistent = stored == setup.delegates().size() && against == setup.delegates().size() / 2;
            rows.add(new Row("1. errors (refused or failed casts; votes stored " + stored + ", against " + against + ")",
                    String.valueOf(application.errors()), String.valueOf(baseline.errors()), "", "0",
                    application.errors() == 0 && consistent));
        }
    }

    // ------------------------------------------------------------------------------------------------ benchmark 3

    private void liveResults(LiveObserver.Outcome live) {
        System.out.printf("   console: %,d of %,d votes shown, delay p50 %.1f p95 %.1f p99 %.1f ms; %,d messages (%,d shown from their"
                + " figures; redraws asked for by %s), %,d refreshes (%d failed, %d behind), refresh p50 %.1f ms; the last figures"
                + " shown %s, holding every acknowledged vote: %,d votes acknowledged after their read counted as shown by them%n",
                live.observed(), live.acknowledged(), live.millis(live.delays(), 50), live.millis(live.delays(), 95),
                live.millis(live.delays(), 99), live.messages(), live.shownFromMessages(), live.redrawReasons(), live.refreshes(),
                live.failedRefreshes(), live.behind(),
                live.millis(live.refreshTimes(), 50), live.lastShown(), live.shownByTheLastFigures());
        boolean all = live.observed() == live.acknowledged() && live.acknowledged() > 0 && live.behind() == 0;
        double p95 = live.millis(live.delays(), 95);
        rows.add(new Row("3. vote acknowledged → shown on the chair's console, p50 / p95 / p99 (ms)",
                format("%.1f / %.1f / %.1f", live.millis(live.delays(), 50), p95, live.millis(live.delays(), 99)), "", "",
                "p95 ≤ 1,000 ms", all && p95 <= 1000));
        rows.add(new Row(format("3. votes shown (of those acknowledged; %,d pushes, %,d shown from their figures, %,d refreshes,"
                + " %d failed, %d showing fewer votes than acknowledged before they were read; refresh p50 %.1f ms; %,d acknowledged"
                + " after the read of the last figures, which hold every vote)", live.messages(), live.shownFromMessages(),
                live.refreshes(), live.failedRefreshes(), live.behind(), live.millis(live.refreshTimes(), 50),
                live.shownByTheLastFigures()),
                format("%,d of %,d", live.observed(), live.acknowledged()), "", "", "all", all));
    }

    // ------------------------------------------------------------------------------------------------ benchmark 2

    private void closing(Api api, Staff staff) throws Exception {
        System.out.println("2. closing a ballot of 100,000 votes");
        CloseBench.Outcome outcome;
        try (DbSampler sampler = DbSampler.start(db)) {
            outcome = CloseBench.run(db, api, staff.secretariat(), staff.chair(), sampler);
            breakdown("2. closing, the application's database sessions during the close", sampler);
        }
        double ratio = outcome.closeMillis() / outcome.queryMillis();
        System.out.printf("   close %,d ms (median of %d after %d warm-up; each in order: %s); the GROUP BY query %.1f ms"
                + " (median of 5 per ballot)%n", outcome.closeMillis(), CloseBench.MEASURED_CLOSES, CloseBench.WARM_UP_CLOSES,
                outcome.closes(), outcome.queryMillis());
        String smallCloses = CloseBench.SMALL_CLOSES == 0 ? ""
                : format(", all after %d closes of ballots of %d votes", CloseBench.SMALL_CLOSES, CloseBench.SMALL_VOTES);
        rows.add(new Row(format("2. closing a ballot of 100,000 votes (ms; median of %d ballots after %d warm-up close%s)",
                CloseBench.MEASURED_CLOSES, CloseBench.WARM_UP_CLOSES, smallCloses), format("%,d", outcome.closeMillis()),
                format("%.1f (GROUP BY)", outcome.queryMillis()), format("%.2f", ratio), "≤ 2", ratio <= 2));
        rows.add(Row.info("2. each close in order, the warm-up first (ms)", outcome.closes().stream()
                .map(c -> format("%,d", c)).collect(java.util.stream.Collectors.joining(" / "))));
        rows.add(new Row("2. counts of the close = the query's", outcome.closed().toString(), outcome.queried().toString(), "",
                "equal", outcome.closed().equals(outcome.queried())));
    }

    // ------------------------------------------------------------------------------------------------ benchmark 4

    private void archiving(Micro app, Api api, Staff staff) throws Exception {
        System.out.println("4. archiving 1,000 meetings");
        ArchiveBench.Outcome outcome = ArchiveBench.run(db, app, api, staff.secretariat(), work, "bench.secretariat", STAFF_PASSWORD);
        double ratio = outcome.applicationMBps() / outcome.zipMBps();
        rows.add(new Row(format("4. archiving %,d meetings (%,.1f MB in %.1f s), MB/s", outcome.meetings(),
                outcome.bytes() / 1e6, outcome.seconds()), format("%.2f", outcome.applicationMBps()),
                format("%.2f (JDK zip)", outcome.zipMBps()), format("%.2f", ratio), "≥ 0.50", ratio >= 0.5));
        List<Double> approvals = new ArrayList<>(outcome.approvalMillis());
        java.util.Collections.sort(approvals);
        rows.add(Row.info("4. the approvals before it: each meeting's minutes approved through the API, which renders"
                + " their PDF on record (ms; p50 / p95 / max of " + approvals.size() + ")", approvals.isEmpty() ? "" : format("%.1f / %.1f / %.1f",
                approvals.get(approvals.size() / 2), approvals.get((int) Math.ceil(approvals.size() * 0.95) - 1),
                approvals.get(approvals.size() - 1))));
        breakdowns.add("**4. archiving, where the job's threads were (thread dumps of the server every 0.5 s)**:\n\n```\n"
                + String.join("\n", outcome.breakdown()) + "\n```\n");
    }

    // ------------------------------------------------------------------------------------------------ benchmark 5

    private void startUp(long firstStart) throws Exception {
        System.out.println("5. start-up: the application again (schema in place), then an empty WAR");
        long application;
        try (Micro again = Micro.start(microJar, war, "governance", work, "app-again", appProperties())) {
            application = again.awaitReady("/health/ready", "database", START_TIMEOUT);
        }
        Path empty = emptyWar();
        long baseline;
        try (Micro bare = Micro.start(microJar, empty, "empty", work, "empty", List.of())) {
            baseline = bare.awaitReady("/empty/", "empty-ready", START_TIMEOUT);
        }
        System.out.printf("   application %,d ms, empty WAR %,d ms%n", application, baseline);
        double ratio = (double) application / baseline;
        rows.add(new Row("5. start-up to ready (ms; /health/ready UP vs the empty WAR's page)", format("%,d", application),
                format("%,d (empty WAR)", baseline), format("%.2f", ratio), "≤ 1.5", ratio <= 1.5));
        rows.add(Row.info("5. first start on the empty database (migrations)", format("%,d ms", firstStart)));
    }

    private Path emptyWar() throws IOException {
        Path file = work.resolve("empty.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                    + " version=\"6.0\"/>\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><title>empty</title><p>empty-ready</p>\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    // ------------------------------------------------------------------------------------------------ report

    private void breakdown(String title, DbSampler sampler) {
        List<String> top = sampler.top(8);
        breakdowns.add("**" + title + "** (mean sessions per 20 ms sample | state | wait | statement):\n\n```\n"
                + String.join("\n", top) + "\n```\n");
        System.out.println("   " + title + ":");
        top.forEach(line -> System.out.println("     " + line));
    }

    private void report() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("Run of ").append(begun.truncatedTo(ChronoUnit.SECONDS)).append(" (")
                .append(Duration.between(begun, Instant.now()).toSeconds()).append(" s), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Payara Micro -Xmx512m, PostgreSQL ")
                .append(System.getProperty("bench.pg.host", "127.0.0.1:5432")).append("\n\n");
        table.append("| benchmark | figure | baseline (same run) | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.benchmark()).append(" | ").append(row.figure()).append(" | ").append(row.baseline())
                    .append(" | ").append(row.ratio()).append(" | ").append(row.target()).append(" | ").append(row.verdict())
                    .append(" |\n");
        }
        System.out.println();
        System.out.print(table);
        StringBuilder file = new StringBuilder("# Benchmark results\n\n").append(table);
        if (!breakdowns.isEmpty()) {
            file.append("\n## Where the time goes (database side)\n\n").append(String.join("\n", breakdowns));
        }
        Files.writeString(target.resolve("results.md"), file);
        System.out.println("\nwritten to " + target.resolve("results.md"));
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
