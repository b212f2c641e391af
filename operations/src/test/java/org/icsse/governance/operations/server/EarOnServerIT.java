package org.icsse.governance.operations.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR ({@code ear/target/governance.ear}) on a full Payara Server 6.2025.10, deployed with {@code asadmin} as
 * {@code docs/operations.md} ("The EAR on a full Payara Server") says, against a PostgreSQL database of its own: it behaves as the WAR on Payara Micro —
 * the login page and its form sign-in, API tokens and their refusal, and the scheduled Jakarta Batch jobs, whose
 * definitions the server must find in the EAR's {@code lib/}. One domain for the class: creating and starting one
 * takes most of a minute here.
 */
class EarOnServerIT {

    private static final String ADMIN_PASSWORD = "full-server-secret-2026";
    private static final Duration READY_LIMIT = Duration.ofMinutes(3);

    private static ServerDatabase database;
    private static ServerDomain domain;
    private static ServerApi api;
    private static Path archive;

    @BeforeAll
    static void deployTheEarOnAFullServer() throws Exception {
        Path work = ServerProcess.target().resolve("ear-on-server");
        archive = work.resolve("archive");
        ServerProcess.deleteTree(work.resolve("data"));
        ServerProcess.deleteTree(archive);
        database = ServerDatabase.recreate("ear");
        domain = ServerDomain.create(ServerProcess.requiredFile("ops.payaraServer"), work, "governance");
        domain.start();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("governance.db.url", database.url());
        settings.put("governance.db.user", ServerDatabase.USER);
        settings.put("governance.admin.password", ADMIN_PASSWORD);
        // the demonstration coalition gives the archive job a meeting to seal
        settings.put("governance.demo", "true");
        settings.put("governance.password.iterations", "10000");
        settings.put("governance.data.dir", work.resolve("data").toString());
        settings.put("governance.archive.dir", archive.toString());
        settings.put("governance.archive-meetings.every", "PT10S");
        domain.setSystemProperties(settings);
        domain.deploy(ServerProcess.requiredFile("ops.ear"), "governance");
        api = new ServerApi(domain.http("/governance/"));
        awaitReady();
    }

    @AfterAll
    static void stopTheDomainAndDropTheDatabase() throws Exception {
        try {
            if (domain != null) {
                domain.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void theLoginPageAnswersWithItsSignInFormAndAStrictSessionCookie() {
        ServerApi.Reply page = api.get("login.xhtml", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<form id=\"login\"", "name=\"login:username\"", "name=\"login:password\"",
                "name=\"login:signIn\"", "name=\"jakarta.faces.ViewState\"");
        assertThat(page.cookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void signingInThroughTheFormOpensTheHomePageInANewSession() {
        ServerApi.Reply login = api.get("login.xhtml", null);
        String before = sessionCookie(login.cookies());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(viewState.find()).as("the login form's view state").isTrue();

        ServerApi.Reply signedIn = api.postForm("login.xhtml", before, form(Map.of("login", "login",
                "login:username", "admin", "login:password", ADMIN_PASSWORD, "login:signIn", "",
                "jakarta.faces.ViewState", viewState.group(1))));

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.location()).hasValueSatisfying(to -> assertThat(to).endsWith("/governance/index.xhtml"));
        String after = sessionCookie(signedIn.cookies());
        assertThat(after).as("the session id changes at sign-in").isNotEqualTo(before);
        ServerApi.Reply home = api.get("index.xhtml", after);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).containsPattern("id=\"[^\"]*username\"[^>]*>admin<");
    }

    @Test
    void aTokenFromTheApiAuthorisesReadsAndWritesAndNoTokenIsRefused() {
        String token = api.token("admin", ADMIN_PASSWORD);

        ServerApi.Reply networks = api.expect(200, "GET", "networks?limit=100", token, null);
        assertThat(networks.array()).extracting(n -> n.asJsonObject().getString("acronym")).contains("GSEF", "RIPESS");
        String acronym = "EAR" + (System.nanoTime() % 100_000);
        JsonObject created = api.expect(201, "POST", "networks", token, Json.createObjectBuilder()
                .add("name", "Full server network").add("acronym", acronym).add("region", "EUROPE")
                .add("category", "MEMBER_BASED").add("weight", 2).build().toString()).object();
        assertThat(created.getString("status")).isEqualTo("MEMBER");
        JsonObject read = api.expect(200, "GET", "networks/" + created.getString("id"), token, null).object();
        assertThat(read.getString("acronym")).isEqualTo(acronym);
        assertThat(read.getInt("weight")).isEqualTo(2);

        ServerApi.Reply anonymous = api.call("GET", "networks", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.object().getString("type")).isEqualTo("urn:icsse:governance:problem:not-authenticated");
        ServerApi.Reply forged = api.call("GET", "networks", "not-a-token", null);
        assertThat(forged.status()).isEqualTo(401);
        ServerApi.Reply wrongPassword = api.call("POST", "tokens", null, Json.createObjectBuilder()
                .add("username", "admin").add("password", "not the password").build().toString());
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void theScheduledArchiveJobSealsTheDemonstrationMeetingIntoAVerifiedPackage() throws Exception {
        Path sealed = awaitPackage();

        ServerProcess.Result verified = ServerProcess.attempt(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                ServerProcess.requiredFile("ops.archiveVerifyJar").toString(), archive.toString()),
                Map.of(), Duration.ofMinutes(2), archive.resolveSibling("verify.log"));
        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(sealed.getFileName().toString()).matches("000001-meeting-\\d+\\.zip");
        JsonObject chain = api.expect(200, "GET", "audit/verification", api.token("secretariat", "solidarity-2026"), null).object();
        assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
        assertThat(chain.get("brokenAtSequence")).isEqualTo(JsonValue.NULL);
    }

    /** Waits for the archive job's first package: it runs 10 s after deployment, then every 10 s. */
    private static Path awaitPackage() throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(limit)) {
            if (Files.isDirectory(archive)) {
                try (Stream<Path> files = Files.list(archive)) {
                    List<Path> packages = files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList();
                    if (!packages.isEmpty()) {
                        return packages.get(0);
                    }
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no archive package in " + archive + " within 3 minutes\n" + domain.logTail());
    }

    /** Once deployed, the application answers when its database does: {@code /health/ready} UP and the register readable. */
    private static void awaitReady() throws InterruptedException {
        Instant limit = Instant.now().plus(READY_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (api.status(domain.http("/health/ready")) == 200 && api.status(api.application().resolve("api/v1/decisions")) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not answer within " + READY_LIMIT + "\n" + domain.logTail());
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }
}
