package org.icsse.governance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Benchmark 4: 1,000 closed meetings (seeded in SQL) whose circulated minutes the secretariat approves through
 * the API (each approval renders the minutes' PDF on record; timed apart), then sealed by the
 * {@code archive-meetings} job, started by the secretariat on the job monitor page as a person would; the baseline
 * zips the same files (taken out of the packages the job wrote) with the JDK's {@link ZipOutputStream}, in the same
 * run. Both rates are the bytes of the files packed (uncompressed) per second.
 */
final class ArchiveBench {

    static final int MEETINGS = 1_000;
    static final long FIRST_ID = 30_000_000L;
    static final int NETWORKS = 12;
    static final int PRESENT = 9;
    static final String JOB = "archive-meetings";

    /**
     * @param approvalMillis each minutes' approval through the API in order (ms): since 2 December 2026 the approval
     *                       renders the minutes' PDF on record, which the archive job then packs as it is
     */
    record Outcome(int meetings, long bytes, double seconds, double zipSeconds, List<String> breakdown, List<Double> approvalMillis) {

        double applicationMBps() {
            return bytes / 1e6 / seconds;
        }

        double zipMBps() {
            return bytes / 1e6 / zipSeconds;
        }
    }

    private ArchiveBench() {
    }

    static Outcome run(Db db, Micro app, Api api, String secretariatToken, Path work, String secretariat, String password)
            throws Exception {
        seed(db);
        // the secretariat approves the circulated minutes through the API, as it would one by one after each meeting
        List<Double> approvals = new ArrayList<>();
        long approving = System.nanoTime();
        for (long id = FIRST_ID + 1; id <= FIRST_ID + MEETINGS; id++) {
            long t0 = System.nanoTime();
            api.call("POST", "meetings/" + id + "/minutes/approval", secretariatToken, null, 200);
            approvals.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("   the secretariat approved the %,d minutes through the API in %.1f s%n", MEETINGS,
                (System.nanoTime() - approving) / 1e9);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
        String base = app.url("/governance");
        signIn(browser, base, secretariat, password);

        Map<String, String> parts = new LinkedHashMap<>();
        // the PDF's font work first: it runs under openhtmltopdf's frames, which would otherwise count it as layout
        parts.put("minutes PDF: fonts parsed and loaded (PDType0Font.load)", "PDType0Font.load");
        parts.put("minutes PDF: fonts subset when saved", "subsetDesignatedFonts");
        parts.put("minutes PDF: openhtmltopdf layout", "com.openhtmltopdf");
        parts.put("minutes PDF: PDFBox", "org.apache.pdfbox");
        parts.put("zip (java.util.zip)", "java.util.zip");
        parts.put("SHA-256", "MessageDigest");
        parts.put("JSON-B (Yasson)", "yasson");
        parts.put("JDBC (PostgreSQL driver)", "org.postgresql");
        parts.put("JPA (EclipseLink)", "org.eclipse.persistence");
        parts.put("package file forced to disk (fsync)", "FileDispatcherImpl.force");
        parts.put("archive folder scanned for uncommitted packages", "removeUncommittedPackages");
        StackSampler stacks = new StackSampler(app.pid(), "archivemeetings", parts);
        long started = System.nanoTime();
        startJob(browser, base);
        long done = 0;
        long lastProgress = System.nanoTime();
        while (done < MEETINGS) {
            Thread.sleep(200);
            long now = db.single("SELECT COUNT(*) FROM archive_package WHERE meeting_id > " + FIRST_ID);
            if (now > done) {
                done = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofMinutes(3).toNanos()) {
                throw new IllegalStateException("the archive job sealed no package for 3 minutes (" + done + " of " + MEETINGS
                        + "); see the server log");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        stacks.close();
        System.out.printf("   the job sealed %,d packages in %.1f s%n", done, seconds);
        stacks.shares().forEach(line -> System.out.println("     " + line));

        List<Path> packages;
        try (var files = Files.list(work.resolve("archive"))) {
            packages = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        Path extracted = work.resolve("archive-files");
        long bytes = 0;
        List<Path> folders = new ArrayList<>();
        for (Path zip : packages) {
            Path folder = extracted.resolve(zip.getFileName().toString().replace(".zip", ""));
            folders.add(folder);
            try (ZipFile file = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    Path out = folder.resolve(entry.getName());
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        bytes += Files.copy(in, out);
                    }
                }
            }
        }
        Path zipped = work.resolve("archive-jdk-zip");
        Files.createDirectories(zipped);
        long t0 = System.nanoTime();
        for (Path folder : folders) {
            zipFolder(folder, zipped.resolve(folder.getFileName() + ".zip"));
        }
        double zipSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("   %,d packages, %,.1f MB of files; the JDK zipped them again in %.2f s%n", packages.size(),
                bytes / 1e6, zipSeconds);
        return new Outcome(packages.size(), bytes, seconds, zipSeconds, stacks.shares(), approvals);
    }

    private static void zipFolder(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (Path file : files) {
                stream.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, stream);
                stream.closeEntry();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- the pages

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    static void signIn(HttpClient browser, String base, String username, String password) throws Exception {
        String page = get(browser, base + "/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> response = post(browser, base + "/login.xhtml", form, false);
        if (response.statusCode() != 200 || response.uri().toString().contains("login.xhtml")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + response.statusCode() + " at " + response.uri());
        }
    }

    private static void startJob(HttpClient browser, String base) throws Exception {
        String page = get(browser, base + "/admin/jobs.xhtml");
        Matcher row = Pattern.compile("job-" + JOB + "[^>]*>.*?id=\"(jobs:catalogue:\\d+:start)\"", Pattern.DOTALL).matcher(page);
        if (!row.find()) {
            throw new IllegalStateException("no start button for " + JOB + " on the job monitor");
        }
        String button = row.group(1);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", button);
        form.put("jakarta.faces.partial.execute", button);
        form.put("jakarta.faces.partial.render", "jobs:messages jobs:executions");
        form.put(button, button);
        form.put("jobs", "jobs");
        form.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1)); // as PrimeFaces' ajax sends it under its CSP mode
        }
        HttpResponse<String> response = post(browser, base + "/admin/jobs.xhtml", form, true);
        if (response.statusCode() != 200 || !response.body().contains("ui-messages-info")) {
            throw new IllegalStateException("starting " + JOB + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    static String get(HttpClient browser, String url) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode());
        }
        return response.body();
    }

    static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> form, boolean ajax)
            throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------------------------------------- the data

    /**
     * A body of 12 networks and 1,000 of its sittings, each closed three to 1,000 days ago, with three agenda items
     * (a report, two discussions), nine networks present, and minutes of three sections approved by the secretariat.
     */
    private static void seed(Db db) throws Exception {
        long bodyId = FIRST_ID;
        db.networks(FIRST_ID + 1, NETWORKS, "A");
        StringBuilder meetings = new StringBuilder();
        StringBuilder items = new StringBuilder();
        StringBuilder presences = new StringBuilder();
        StringBuilder minutes = new StringBuilder();
        StringBuilder sections = new StringBuilder();
        StringBuilder attendance = new StringBuilder();
        String[] titles = {"Report of the secretariat", "Regional networks", "Next steps"};
        String section = "<p>The meeting heard the item and discussed it at length. "
                + "Networks from every region spoke; the chair summed up the points of agreement.</p>".repeat(6)
                + "<ul><li>First point agreed</li><li>Second point agreed</li><li>Third point, to be followed up</li></ul>";
        for (int k = 1; k <= MEETINGS; k++) {
            long id = FIRST_ID + k;
            meetings.append(id).append(',').append(bodyId).append(",Sitting ").append(k).append(',').append(k).append(',')
                    .append("Europe/Paris,Bench hall,CLOSED,3\n");
            for (int item = 1; item <= 3; item++) {
                items.append(id).append(',').append(item - 1).append(',').append(item).append(',')
                        .append(item == 1 ? "REPORT" : "DISCUSSION").append(',').append(titles[item - 1]).append('\n');
                sections.append(id).append(',').append(item - 1).append(',').append(item).append(",\"").append(section)
                        .append("\"\n");
            }
            for (int n = 0; n < PRESENT; n++) {
                long network = FIRST_ID + 1 + n;
                presences.append(id).append(',').append(n).append(',').append(network).append(',').append(k).append('\n');
                attendance.append(id).append(',').append(network).append('\n');
            }
            minutes.append(id).append(',').append(bodyId).append(',').append(k).append('\n');
        }
        try (Connection connection = db.connect(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO body (id, name, code, quorum_networks_percent, quorum_weight_percent, majority,"
                    + " seconds_required, proxy_cap) VALUES (" + bodyId + ", 'Archive benchmark committee', 'ARCH', 50, 0,"
                    + " 'SIMPLE', 1, 1)");
            statement.execute("INSERT INTO body_member (body_id, network_id) SELECT " + bodyId + ", id FROM member_network"
                    + " WHERE id BETWEEN " + (FIRST_ID + 1) + " AND " + (FIRST_ID + NETWORKS));
            // instants are days before now: staged as day numbers, turned into instants in SQL
            statement.execute("CREATE TEMPORARY TABLE bench_meeting (id BIGINT, body_id BIGINT, title TEXT, days INT,"
                    + " time_zone TEXT, venue TEXT, status TEXT, last_item_id BIGINT) ON COMMIT DROP");
            statement.execute("CREATE TEMPORARY TABLE bench_presence (meeting_id BIGINT, position INT, network_id BIGINT,"
                    + " days INT) ON COMMIT DROP");
            statement.execute("CREATE TEMPORARY TABLE bench_minutes (meeting_id BIGINT, body_id BIGINT, days INT) ON COMMIT DROP");
            Db.copy(connection, "bench_meeting", meetings);
            Db.copy(connection, "bench_presence", presences);
            Db.copy(connection, "bench_minutes", minutes);
            statement.execute("INSERT INTO meeting (id, body_id, title, starts_at, ends_at, time_zone, venue, status, last_item_id)"
                    + " SELECT id, body_id, title, date_trunc('day', now()) - (days + 3) * interval '1 day' + interval '8 hours',"
                    + " date_trunc('day', now()) - (days + 3) * interval '1 day' + interval '16 hours', time_zone, venue, status,"
                    + " last_item_id FROM bench_meeting");
            Db.copy(connection, "meeting_agenda_item (meeting_id, position, item_id, kind, title)", items);
            statement.execute("INSERT INTO meeting_presence (meeting_id, position, network_id, checked_in_at, checked_in_by)"
                    + " SELECT meeting_id, position, network_id, date_trunc('day', now()) - (days + 3) * interval '1 day'"
                    + " + interval '8 hours 5 minutes', network_id FROM bench_presence");
            // circulated eight days ago without objection: the secretariat may approve them (through the API)
            statement.execute("INSERT INTO minutes (meeting_id, body_id, meeting_start, status, circulated_at)"
                    + " SELECT meeting_id, body_id, date_trunc('day', now()) - (days + 3) * interval '1 day'"
                    + " + interval '8 hours', 'CIRCULATED', now() - interval '8 days' FROM bench_minutes");
            Db.copy(connection, "minutes_section (meeting_id, position, item_id, text)", sections);
            Db.copy(connection, "minutes_attendance (meeting_id, network_id)", attendance);
            connection.commit();
        }
    }
}
