package org.icsse.governance.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.web.it.Api.JSON;
import static org.icsse.governance.web.it.Api.as;
import static org.icsse.governance.web.it.Api.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.icsse.governance.web.api.audit.AuditResource;
import org.icsse.governance.web.api.ballot.BallotResource;
import org.icsse.governance.web.api.ballot.DecisionResource;
import org.icsse.governance.web.api.body.BodyResource;
import org.icsse.governance.web.api.meeting.MeetingResource;
import org.icsse.governance.web.api.motion.MotionResource;
import org.icsse.governance.web.api.network.NetworkResource;
import org.icsse.governance.web.api.token.TokenResource;
import org.icsse.governance.web.api.user.UserResource;
import org.icsse.governance.web.it.Api;
import org.icsse.governance.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7's hostile-input corpus, black-box: every request of {@code src/test/resources/hostile/corpus.txt} (its
 * header says how to read it) is sent to the real WAR, and each must come back refused with the status the corpus
 * gives (always a 4xx, never a 5xx), as {@code application/problem+json} whose title and detail say something
 * useful and whose errors name the fields the corpus lists, telling nothing of the code behind it; and the
 * database must be row for row what it was before the request ({@link DatabaseDigestServlet}, a test-only servlet
 * of this deployment, digests every table). {@link #theCorpusReachesEveryEndpointOfTheApi()} keeps the corpus in
 * step with the JAX-RS resources.
 * <p>
 * Text that is hostile but valid is not refused: {@link #hostileButValidTextIsStoredAndReturnedExactlyAsText()}
 * decides it field by field, from the domain's rules. Names, titles, venues, display names, motion texts and
 * comments take any printable Unicode, right-to-left scripts and bidirectional marks, zero-width characters,
 * emoji, markup, SQL and path fragments included, since the coalition writes in Arabic, Hebrew and every European
 * script and the record must be what was typed; they are kept and answered exactly as sent, as JSON text (a motion's
 * {@code html} escapes the markup; the pages escape every text). What they refuse are control characters (NUL,
 * the C0 and C1 controls, DEL; line breaks and tabs only in multi-line texts), which the corpus sends. Identifiers
 * that have a form (username, acronym, body code, e-mail address, time zone, enum values) refuse anything else,
 * in the corpus too. The minutes' sections are HTML by design and are sanitised, not kept as typed: the script
 * goes, the text stays.
 * <p>
 * What the HTTP server refuses before the application runs (an encoded NUL in a path) is an empty 400 that the
 * application cannot shape; the corpus marks those lines and checks that they are no 5xx and change nothing.
 * Runs on H2 and again on PostgreSQL (tag {@code database}): NUL bytes and odd Unicode reach the database
 * differently there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class HostileInputIT {

    private static final String CORPUS = "/hostile/corpus.txt";
    private static final String DIGEST = "it/database-digest";
    private static final Pattern EXPANSION = Pattern.compile("\\{repeat:(.*?):(\\d+)\\}|\\{bytes:([0-9A-Fa-f]+)\\}|\\{(\\w+)\\}");
    private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "org.icsse", "jakarta.", "java.lang",
            "yasson", "parsson", "eclipse", "payara", "SQL state", "SQLState");
    /** What a stack trace shows; the only leak looked for in what never reaches the API (a Faces page names Faces). */
    private static final List<String> STACK_TRACE = List.of("at org.", "at java.", "at jakarta.", "Caused by", ".java:");
    private static final Set<String> GENERIC_DETAILS = Set.of("The request is malformed.", "The request cannot be served.");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    /** The shipped WAR plus the digest servlet, whose path the test web.xml opens (the shipped one does not). */
    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive war = Deployments.application().addClass(DatabaseDigestServlet.class);
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String publicPath = "<url-pattern>/login.xhtml</url-pattern>";
        assertThat(webXml).contains(publicPath);
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace(publicPath, publicPath + "<url-pattern>/" + DIGEST + "</url-pattern>")));
        return war;
    }

    // ---------------------------------------------------------------- the corpus

    @Test
    void everyHostileRequestIsRefusedWithAUsefulProblemAndChangesNoRow() throws Exception {
        List<Entry> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        World world = world();
        List<String> failures = new ArrayList<>();
        String before = digest();

        for (Entry entry : corpus) {
            HttpResponse<String> response = send(world, entry);
            String after = digest();
            failures.addAll(judge(entry, response));
            if (!after.equals(before)) {
                failures.add(entry + "\n    changed the database: " + changedTables(before, after));
                before = after;
            }
        }

        assertThat(failures).as(failures.size() + " of " + corpus.size() + " hostile requests were not refused as they should be:\n"
                + String.join("\n", failures)).isEmpty();
    }

    /** What is wrong with the answer to one entry; nothing when it is the refusal the corpus expects. */
    private static List<String> judge(Entry entry, HttpResponse<String> response) {
        List<String> wrong = new ArrayList<>();
        int status = response.statusCode();
        String body = response.body();
        String shown = entry + "\n    got " + status + " " + response.headers().firstValue("Content-Type").orElse("(no Content-Type)")
                + " " + abbreviated(body);
        if (status >= 500 || status < 400 || status != entry.status()) {
            wrong.add(shown + "\n    expected " + entry.status());
            return wrong;
        }
        for (String leak : entry.serverLevel() ? STACK_TRACE : LEAKS) {
            if (body.contains(leak)) {
                wrong.add(shown + "\n    tells of the code behind it: " + leak);
            }
        }
        if (entry.serverLevel()) {
            return wrong;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith(Api.PROBLEM)) {
            wrong.add(shown + "\n    is not " + Api.PROBLEM);
            return wrong;
        }
        JsonPath problem;
        try {
            problem = new JsonPath(body);
        } catch (RuntimeException e) {
            wrong.add(shown + "\n    is not JSON");
            return wrong;
        }
        String detail = problem.getString("detail");
        if (problem.getInt("status") != status || isBlank(problem.getString("type")) || isBlank(problem.getString("title"))
                || isBlank(detail) || detail.length() < 15 || GENERIC_DETAILS.contains(detail) || problem.getList("errors") == null) {
            wrong.add(shown + "\n    is not a problem with a status, a type, a title, a useful detail and a list of errors");
        }
        List<String> named = problem.getList("errors.field", String.class);
        for (String field : entry.fields()) {
            if (named == null || !named.contains(field)) {
                wrong.add(shown + "\n    does not name the field " + field);
            }
        }
        List<String> messages = problem.getList("errors.message", String.class);
        if (messages != null && messages.stream().anyMatch(HostileInputIT::isBlank)) {
            wrong.add(shown + "\n    has a field error without a message");
        }
        return wrong;
    }

    /** The corpus must reach every resource method of the API, so that a new endpoint cannot go untested. */
    @Test
    void theCorpusReachesEveryEndpointOfTheApi() throws IOException {
        List<Entry> corpus = corpus();
        Set<String> unreached = new TreeSet<>();
        Class<?>[] resources = {TokenResource.class, NetworkResource.class, UserResource.class, BodyResource.class,
            AuditResource.class, MotionResource.class, MeetingResource.class, BallotResource.class, DecisionResource.class};
        for (Class<?> resource : resources) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = sub == null ? root : root + "/" + sub.value().replaceAll("^/", "");
                Pattern pattern = Pattern.compile(template.replaceAll("\\{[^}]+\\}", "[^/]+"));
                boolean reached = corpus.stream().anyMatch(entry -> entry.method().equals(verb)
                        && pattern.matcher(entry.path().replaceAll("\\?.*", "")).matches());
                if (!reached) {
                    unreached.add(verb + " " + template);
                }
            }
        }

        assertThat(unreached).as("endpoints that no hostile request of the corpus reaches").isEmpty();
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    // ---------------------------------------------------------------- hostile but valid text

    @Test
    void hostileButValidTextIsStoredAndReturnedExactlyAsText() {
        World world = world();
        List<String> samples = List.of(
                "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"",
                "\"><svg/onload=alert(document.cookie)> {{7*7}} ${7*7} <!--",
                "مجلس التضامن \u202Ereversed\u202C שלום \u200Fmark",
                "zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFbom",
                "👩🏽‍🌾 🇸🇳 🏳️‍🌈 e\u0301 \uD834\uDD1E",
                "Robert'); DROP TABLE member_network;-- ../../../../etc/passwd %00 %2e%2e");

        for (String sample : samples) {
            String acronym = "H" + Api.suffix();
            Response network = as(world.secretariat).contentType(JSON).body(json("name", sample, "acronym", acronym, "region", "EUROPE",
                    "category", "MEMBER_BASED", "weight", 1)).post(url("networks"));
            assertThat(network.statusCode()).as(network.asString()).isEqualTo(201);
            assertReadBackAsText(world.secretariat, "networks/" + network.jsonPath().getString("id"), "name", sample);

            Response body = as(world.secretariat).contentType(JSON).body(json("name", sample, "code", Api.newCode()))
                    .post(url("bodies"));
            assertThat(body.statusCode()).as(body.asString()).isEqualTo(201);
            assertReadBackAsText(world.secretariat, "bodies/" + body.jsonPath().getString("id"), "name", sample);

            Response user = as(world.secretariat).contentType(JSON).body(json("username", "hostile." + Api.suffix().toLowerCase(Locale.ROOT),
                    "password", "fresh-account-2026", "displayName", sample, "email", "someone@example.org", "language", "EN",
                    "roles", List.of("CHAIR"))).post(url("users"));
            assertThat(user.statusCode()).as(user.asString()).isEqualTo(201);
            assertReadBackAsText(world.secretariat, "users/" + user.jsonPath().getString("id"), "displayName", sample);

            Response meeting = as(world.secretariat).contentType(JSON).body(json("bodyId", world.ga, "title", sample,
                    "start", "2031-06-01T09:00", "end", "2031-06-01T12:00", "timeZone", "Europe/Paris", "venue", sample))
                    .post(url("meetings"));
            assertThat(meeting.statusCode()).as(meeting.asString()).isEqualTo(201);
            assertReadBackAsText(world.secretariat, "meetings/" + meeting.jsonPath().getString("id"), "title", sample);
            assertReadBackAsText(world.secretariat, "meetings/" + meeting.jsonPath().getString("id"), "venue", sample);

            String text = sample + "\n\nSecond paragraph with <b>markup</b> and [a link](javascript:alert(1)).";
            Response motion = as(world.gsef).contentType(JSON).body(json("bodyId", world.ga, "title", sample, "text", text,
                    "rationale", sample, "language", "EN", "draft", true)).post(url("motions"));
            assertThat(motion.statusCode()).as(motion.asString()).isEqualTo(201);
            String motionPath = "motions/" + motion.jsonPath().getString("id");
            assertReadBackAsText(world.gsef, motionPath, "title", sample);
            assertReadBackAsText(world.gsef, motionPath, "text", text);
            assertReadBackAsText(world.gsef, motionPath, "rationale", sample);
            String html = as(world.gsef).get(url(motionPath)).jsonPath().getString("html");
            assertThat(html).as("the motion's html for " + sample).doesNotContain("<script", "<img", "<svg", "<b>markup", "javascript:");

            Response comment = as(world.gsef).contentType(JSON).body(json("text", sample, "objection", false))
                    .post(url("meetings/" + world.circulated + "/minutes/comments"));
            assertThat(comment.statusCode()).as(comment.asString()).isEqualTo(201);
            assertThat(comment.jsonPath().getList("comments.text", String.class)).as("comments").contains(sample);
        }

        Response section = as(world.secretariat).contentType(JSON)
                .body(json("html", "<p>Kept text</p><script>alert(1)</script><img src=x onerror=alert(1)>"))
                .put(url("meetings/" + world.drafted + "/minutes/sections/" + world.draftedItem));
        assertThat(section.statusCode()).as(section.asString()).isEqualTo(200);
        String sanitised = section.jsonPath().getString("sections.find { it.itemId == '" + world.draftedItem + "' }.html");
        assertThat(sanitised).contains("Kept text").doesNotContain("<script", "alert", "onerror", "<img");
    }

    /**
     * Search text is data, never a pattern or a statement: hostile searches are answered with a list (most often
     * empty), and LIKE's own wildcards match themselves only. (A control character in a search is refused: the
     * corpus sends those.)
     */
    @Test
    void hostileSearchTextIsSearchedForAndNeverRun() {
        World world = world();
        String marker = "H" + Api.suffix();
        Response wild = as(world.secretariat).contentType(JSON).body(json("name", "Wild 100%_off\\ " + marker, "acronym", marker,
                "region", "EUROPE", "category", "MEMBER_BASED", "weight", 1)).post(url("networks"));
        assertThat(wild.statusCode()).as(wild.asString()).isEqualTo(201);
        List<String> searches = List.of("%25", "_", "%25_%5C", "'%20OR%20'1'%3D'1", "%22%3B%20DROP%20TABLE%20motion%3B--",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%E2%80%AE%E2%80%8B", "%F0%9F%98%80", "..%2F..%2Fetc%2Fpasswd", "%5C", "a".repeat(5000));

        for (String q : searches) {
            for (String list : List.of("networks?q=", "motions?q=", "decisions?q=")) {
                Response response = as(world.secretariat).urlEncodingEnabled(false).get(url(list + q));
                assertThat(response.statusCode()).as(list + q + " " + response.asString()).isEqualTo(200);
                assertThat(response.jsonPath().getList("$")).as(list + q).isNotNull();
            }
        }
        Response wildcards = as(world.secretariat).urlEncodingEnabled(false).get(url("networks?q=100%25_off%5C"));
        assertThat(wildcards.jsonPath().getList("acronym", String.class)).containsExactly(marker);
        Response underscore = as(world.secretariat).urlEncodingEnabled(false).get(url("networks?q=100%25_of_"));
        assertThat(underscore.jsonPath().getList("acronym", String.class)).doesNotContain(marker);
    }

    /** The field as sent, in a JSON answer: stored and given back as text, neither cut, nor normalised, nor run. */
    private void assertReadBackAsText(String token, String path, String field, String expected) {
        Response read = as(token).get(url(path));
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.jsonPath().getString(field)).as(path + " " + field).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- the world the corpus names

    /** The ids the corpus names: made here through the API, so that the refusals hit real, reachable records. */
    private record World(String secretariat, String admin, String chair, String gsef, String ica, String gsefId, String icaId,
            String ga, String user, String motion, String admitted, String ballot, String meeting, String item, String drafted,
            String draftedItem, String circulated) {
    }

    private World world() {
        String secretariat = token("secretariat", Deployments.DEMO_PASSWORD);
        String admin = token("admin", Deployments.ADMIN_PASSWORD);
        String chair = token("chair", Deployments.DEMO_PASSWORD);
        String gsef = token("delegate.gsef", Deployments.DEMO_PASSWORD);
        String ica = token("delegate.ica", Deployments.DEMO_PASSWORD);
        String ga = as(secretariat).get(url("bodies")).jsonPath().getString("find { it.code == 'GA' }.id");
        String gsefId = networkId(secretariat, "GSEF");
        String icaId = networkId(secretariat, "ICA");

        String user = created(as(secretariat).contentType(JSON).body(json("username", "hostile.target." + Api.suffix().toLowerCase(Locale.ROOT),
                "password", "fresh-account-2026", "displayName", "Hostile target", "email", "target@example.org", "language", "EN",
                "roles", List.of("CHAIR"))).post(url("users")));
        String motion = created(as(gsef).contentType(JSON).body(json("bodyId", ga, "title", "Hostile corpus target " + Api.suffix(),
                "text", "First paragraph.\n\nSecond paragraph.", "rationale", "Target of the corpus", "language", "EN")).post(url("motions")));
        String admitted = admitted(gsef, ica, chair, ga);
        String ballotMotion = admitted(gsef, ica, chair, ga);
        String ballot = created(as(chair).contentType(JSON).body(json("motionId", ballotMotion,
                "closesAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())).post(url("ballots")));

        LocalDateTime future = LocalDateTime.now(PARIS).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        String meeting = meeting(secretariat, ga, future);
        String item = item(secretariat, meeting);
        LocalDateTime past = LocalDateTime.now(PARIS).minusDays(2).truncatedTo(ChronoUnit.HOURS);
        String drafted = meeting(secretariat, ga, past);
        String draftedItem = item(secretariat, drafted);
        hold(chair, drafted);
        assertThat(as(secretariat).post(url("meetings/" + drafted + "/minutes")).statusCode()).isEqualTo(201);
        String circulated = meeting(secretariat, ga, past.minusHours(4));
        item(secretariat, circulated);
        hold(chair, circulated);
        assertThat(as(secretariat).post(url("meetings/" + circulated + "/minutes")).statusCode()).isEqualTo(201);
        assertThat(as(secretariat).post(url("meetings/" + circulated + "/minutes/circulation")).statusCode()).isEqualTo(200);
        return new World(secretariat, admin, chair, gsef, ica, gsefId, icaId, ga, user, motion, admitted, ballot, meeting, item,
                drafted, draftedItem, circulated);
    }

    private String admitted(String gsef, String ica, String chair, String ga) {
        String id = created(as(gsef).contentType(JSON).body(json("bodyId", ga, "title", "Hostile corpus admitted " + Api.suffix(),
                "text", "First paragraph.\n\nSecond paragraph.", "language", "EN")).post(url("motions")));
        assertThat(as(ica).post(url("motions/" + id + "/seconds")).statusCode()).isEqualTo(201);
        Response admission = as(chair).post(url("motions/" + id + "/admission"));
        assertThat(admission.statusCode()).as(admission.asString()).isEqualTo(200);
        return id;
    }

    private String meeting(String secretariat, String ga, LocalDateTime start) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("bodyId", ga);
        meeting.put("title", "Hostile corpus sitting " + Api.suffix());
        meeting.put("start", start.toString());
        meeting.put("end", start.plusHours(3).toString());
        meeting.put("timeZone", PARIS.getId());
        meeting.put("venue", "Geneva");
        return created(as(secretariat).contentType(JSON).body(JsonOutput.toJson(meeting)).post(url("meetings")));
    }

    private String item(String secretariat, String meeting) {
        Response added = as(secretariat).contentType(JSON).body(json("kind", "REPORT", "title", "Report of the secretariat"))
                .post(url("meetings/" + meeting + "/agenda"));
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        List<String> ids = added.jsonPath().getList("agenda.id", String.class);
        return ids.get(ids.size() - 1);
    }

    private void hold(String chair, String meeting) {
        for (String step : List.of("opening", "adjournment", "closure")) {
            Response response = as(chair).post(url("meetings/" + meeting + "/" + step));
            assertThat(response.statusCode()).as(step + " " + response.asString()).isEqualTo(200);
        }
    }

    private static String created(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    private String networkId(String token, String acronym) {
        return as(token).get(url("networks?q=" + acronym + "&limit=500")).jsonPath().getString("find { it.acronym == '" + acronym + "' }.id");
    }

    // ---------------------------------------------------------------- reading and sending the corpus

    /** One line of the corpus. */
    private record Entry(int line, int status, boolean serverLevel, String caller, String method, String path, String type,
            List<String> fields, String body) {

        @Override
        public String toString() {
            return "line " + line + ": " + caller + " " + method + " " + path + " " + type + " " + abbreviated(body);
        }
    }

    private static List<Entry> corpus() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(HostileInputIT.class.getResourceAsStream(CORPUS), CORPUS)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ", 7);
                assertThat(parts.length).as("line %d has status, caller, method, path, type and fields", i + 1).isGreaterThanOrEqualTo(6);
                boolean serverLevel = parts[0].endsWith("!");
                entries.add(new Entry(i + 1, Integer.parseInt(parts[0].replace("!", "")), serverLevel, parts[1], parts[2], parts[3], parts[4],
                        "-".equals(parts[5]) ? List.of() : List.of(parts[5].split(",")), parts.length > 6 ? parts[6] : ""));
            }
        }
        return entries;
    }

    private HttpResponse<String> send(World world, Entry entry) throws IOException, InterruptedException {
        String path = new String(expand(world, entry.path()), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(120));
        String token = switch (entry.caller()) {
            case "S" -> world.secretariat();
            case "A" -> world.admin();
            case "C" -> world.chair();
            case "G" -> world.gsef();
            case "I" -> world.ica();
            case "X" -> "forged-" + Api.suffix() + "-token";
            case "N" -> null;
            default -> throw new IllegalArgumentException("unknown caller in " + entry);
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        byte[] body = expand(world, "csv".equals(entry.type()) ? entry.body().replace("\\n", "\n") : entry.body());
        HttpRequest.BodyPublisher publisher;
        switch (entry.type()) {
            case "none" -> publisher = HttpRequest.BodyPublishers.noBody();
            case "accept-xml" -> {
                publisher = HttpRequest.BodyPublishers.noBody();
                request.header("Accept", "application/xml");
            }
            case "json-chunked" -> {
                // no length: the body is sent chunked, and its limit is only found out while reading it
                publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
                request.header("Content-Type", JSON);
            }
            default -> {
                publisher = HttpRequest.BodyPublishers.ofByteArray(body);
                request.header("Content-Type", switch (entry.type()) {
                    case "json" -> JSON;
                    case "csv" -> "text/csv; charset=UTF-8";
                    case "text" -> "text/plain; charset=UTF-8";
                    case "xml" -> "application/xml";
                    default -> throw new IllegalArgumentException("unknown type in " + entry);
                });
            }
        }
        return http.send(request.method(entry.method(), publisher).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The corpus's text with its placeholders and macros replaced: see the corpus's header. */
    private static byte[] expand(World world, String text) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("gsef", world.gsefId());
        names.put("ica", world.icaId());
        names.put("ga", world.ga());
        names.put("user", world.user());
        names.put("motion", world.motion());
        names.put("admitted", world.admitted());
        names.put("ballot", world.ballot());
        names.put("meeting", world.meeting());
        names.put("item", world.item());
        names.put("drafted", world.drafted());
        names.put("draftedItem", world.draftedItem());
        names.put("circulated", world.circulated());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher matcher = EXPANSION.matcher(text);
        int from = 0;
        while (matcher.find()) {
            out.writeBytes(text.substring(from, matcher.start()).getBytes(StandardCharsets.UTF_8));
            if (matcher.group(1) != null) {
                out.writeBytes(matcher.group(1).repeat(Integer.parseInt(matcher.group(2))).getBytes(StandardCharsets.UTF_8));
            } else if (matcher.group(3) != null) {
                out.writeBytes(HexFormat.of().parseHex(matcher.group(3)));
            } else {
                String name = matcher.group(4);
                String value = switch (name) {
                    case "acronym" -> "H" + Api.suffix();
                    case "code" -> Api.newCode();
                    case "username" -> "hostile." + Api.suffix().toLowerCase(Locale.ROOT);
                    case "future" -> Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
                    default -> names.getOrDefault(name, matcher.group());
                };
                out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            }
            from = matcher.end();
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- the database's state

    private String digest() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + DIGEST))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as("the digest covers the application's tables")
                .containsIgnoringCase("member_network ").containsIgnoringCase("audit_entry ").containsIgnoringCase("ballot_vote ")
                .doesNotContainIgnoringCase("shedlock");
        return response.body();
    }

    private static String changedTables(String before, String after) {
        List<String> was = List.of(before.split("\n"));
        List<String> changed = new ArrayList<>();
        for (String line : after.split("\n")) {
            if (!was.contains(line)) {
                changed.add(line.split(" ")[0]);
            }
        }
        return changed.toString();
    }

    // ---------------------------------------------------------------- helpers

    private String url(String path) {
        return Api.url(base, path);
    }

    private String token(String username, String password) {
        return Api.token(base, username, password);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviated(String text) {
        String oneLine = text == null ? "" : text.replace("\n", "\\n");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "… (" + oneLine.length() + " characters)";
    }
}
