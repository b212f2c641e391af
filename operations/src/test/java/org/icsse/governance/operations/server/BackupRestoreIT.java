package org.icsse.governance.operations.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The backup and restore of {@code docs/operations.md} ("Backups and restore"), done as it says: the application (the WAR on Payara Micro, against
 * PostgreSQL) takes decisions through the API and seals an archive package; it is stopped; the database is dumped
 * with {@code pg_dump -Fc} and the archive folder packed with {@code tar}; the dump is restored with
 * {@code pg_restore} into a new, empty database and the archive unpacked into a new folder; the application started
 * on those serves the same decisions register and audit log, its audit chain is intact, every archive file is
 * byte for byte the one saved, the archive verifier accepts the chain, and the next decision takes the next number.
 */
class BackupRestoreIT {

    private static final String ADMIN_PASSWORD = "restore-root-secret-2026";
    private static final String DEMO_PASSWORD = "solidarity-2026";
    private static final String DELEGATE_PASSWORD = "backup-delegate-2026";

    /** What the restore must give back, read through the API. */
    private record Register(String decisions, String decisionCount, String audit, String auditCount, String verification) {
    }

    @Test
    void aRestoredDumpAndArchiveCopyGiveBackTheSameRegisterAuditChainAndPackages() throws Exception {
        Path work = ServerProcess.target().resolve("backup-restore");
        ServerProcess.deleteTree(work);
        Path backup = Files.createDirectories(work.resolve("backup"));
        Path log = work.resolve("commands.log");
        Path data = work.resolve("data");
        Path restoredData = Files.createDirectories(work.resolve("restored-data"));
        try (ServerDatabase original = ServerDatabase.recreate("backup");
                ServerDatabase restored = ServerDatabase.recreate("restored")) {
            Register before;
            String openBallot;
            List<String> numbers;
            try (MicroServer server = MicroServer.start(work, "original", settings(original, data, true))) {
                ServerApi api = new ServerApi(server.application());
                openBallot = takeDecisions(api);
                awaitPackage(data.resolve("archive"), server);
                before = stable(api);
                numbers = decisionNumbers(api);
            }
            assertThat(numbers).as("decisions taken before the backup").hasSizeGreaterThanOrEqualTo(3);
            assertThat(before.decisions()).contains("Backup question 1", "Backup question 2").doesNotContain("Backup question 3");
            assertThat(Integer.parseInt(before.auditCount())).as("audit entries before the backup").isGreaterThan(20);

            // the backup, the application stopped
            Path dump = backup.resolve("governance.dump");
            original.dumpTo(dump, log);
            Path tarball = backup.resolve("archive.tar.gz");
            ServerProcess.run(List.of("tar", "-czf", tarball.toString(), "-C", data.toString(), "archive"), Duration.ofMinutes(2), log);

            // the restore, into a new database and a new folder
            restored.restoreFrom(dump, log);
            ServerProcess.run(List.of("tar", "-xzf", tarball.toString(), "-C", restoredData.toString()), Duration.ofMinutes(2), log);
            Map<String, String> saved = checksums(data.resolve("archive"));
            assertThat(saved).as("archive files").isNotEmpty();
            assertThat(checksums(restoredData.resolve("archive"))).isEqualTo(saved);
            ServerProcess.Result verified = ServerProcess.attempt(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    ServerProcess.requiredFile("ops.archiveVerifyJar").toString(), restoredData.resolve("archive").toString()),
                    Map.of(), Duration.ofMinutes(2), log);
            assertThat(verified.exit()).as(verified.output()).isZero();

            try (MicroServer server = MicroServer.start(work, "restored", settings(restored, restoredData, false))) {
                ServerApi api = new ServerApi(server.application());
                Register after = read(api);
                assertThat(after.decisions()).isEqualTo(before.decisions());
                assertThat(after.decisionCount()).isEqualTo(before.decisionCount());
                assertThat(after.audit()).isEqualTo(before.audit());
                assertThat(after.auditCount()).isEqualTo(before.auditCount());
                assertThat(after.verification()).isEqualTo(before.verification()).contains("\"intact\":true");

                // the restored database goes on where the original stopped: the next decision takes the next number
                String chair = api.token("chair", DEMO_PASSWORD);
                JsonObject closed = api.expect(200, "POST", "ballots/" + openBallot + "/closure", chair, null).object();
                assertThat(closed.getJsonObject("result").getString("outcome")).isEqualTo("ADOPTED");
                List<String> afterClosing = decisionNumbers(api);
                assertThat(afterClosing).hasSize(numbers.size() + 1).containsAll(numbers);
                assertThat(afterClosing).doesNotHaveDuplicates().contains(nextNumber(numbers));
            }
        }
    }

    /** The application's settings: its own database and data folder; the archive job every 10 s on the original. */
    private static Map<String, String> settings(ServerDatabase database, Path data, boolean archiveJob) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("governance.db.url", database.url());
        settings.put("governance.db.user", ServerDatabase.USER);
        settings.put("governance.admin.password", ADMIN_PASSWORD);
        // the demonstration coalition: its closed sitting gives the archive job a meeting to seal
        settings.put("governance.demo", "true");
        settings.put("governance.password.iterations", "10000");
        settings.put("governance.data.dir", data.toString());
        settings.put("governance.jobs.scheduled", String.valueOf(archiveJob));
        settings.put("governance.archive-meetings.every", "PT10S");
        return settings;
    }

    /**
     * A body of three networks of the test's own, each with a delegate; four remote ballots on motions the
     * secretariat proposed and the chair admitted: two adopted (one secret), one rejected, all three closed by the
     * chair, and a fourth left open with its votes in.
     *
     * @return the open ballot's id
     */
    private static String takeDecisions(ServerApi api) {
        String secretariat = api.token("secretariat", DEMO_PASSWORD);
        String chair = api.token("chair", DEMO_PASSWORD);
        List<String> networks = new ArrayList<>();
        List<String> delegates = new ArrayList<>();
        for (String letter : List.of("A", "B", "C")) {
            String network = api.expect(201, "POST", "networks", secretariat, Json.createObjectBuilder()
                    .add("name", "Backup network " + letter).add("acronym", "BAK" + letter).add("region", "AFRICA")
                    .add("category", "MEMBER_BASED").add("weight", 1).build().toString()).object().getString("id");
            String username = "backup.delegate." + letter.toLowerCase();
            api.expect(201, "POST", "users", secretariat, Json.createObjectBuilder().add("username", username)
                    .add("password", DELEGATE_PASSWORD).add("displayName", "Delegate " + letter)
                    .add("email", username + "@example.org").add("language", "EN")
                    .add("roles", Json.createArrayBuilder().add("DELEGATE")).add("networkId", network).build().toString());
            networks.add(network);
            delegates.add(api.token(username, DELEGATE_PASSWORD));
        }
        String body = api.expect(201, "POST", "bodies", secretariat, Json.createObjectBuilder()
                .add("name", "Backup assembly").add("code", "BAK").add("networkIds", Json.createArrayBuilder(networks))
                .add("quorum", Json.createObjectBuilder().add("networksPercent", 0).add("weightPercent", 0))
                .add("majority", "SIMPLE").add("secondsRequired", 0).add("proxyCap", 1).build().toString()).object().getString("id");
        List<List<String>> choices = List.of(List.of("FOR", "FOR", "FOR"), List.of("FOR", "FOR", "AGAINST"),
                List.of("AGAINST", "AGAINST", "FOR"), List.of("FOR", "FOR", "ABSTAIN"));
        List<String> outcomes = List.of("ADOPTED", "ADOPTED", "REJECTED");
        String open = null;
        for (int b = 0; b < choices.size(); b++) {
            String ballot = openBallot(api, secretariat, chair, body, networks.get(0), "Backup question " + (b + 1), b == 1);
            for (int n = 0; n < networks.size(); n++) {
                api.expect(200, "PUT", "ballots/" + ballot + "/votes/" + networks.get(n), delegates.get(n),
                        Json.createObjectBuilder().add("choice", choices.get(b).get(n)).build().toString());
            }
            if (b < outcomes.size()) {
                JsonObject closed = api.expect(200, "POST", "ballots/" + ballot + "/closure", chair, null).object();
                assertThat(closed.getJsonObject("result").getString("outcome")).isEqualTo(outcomes.get(b));
            } else {
                open = ballot;
            }
        }
        return open;
    }

    private static String openBallot(ServerApi api, String secretariat, String chair, String body, String proposer,
            String title, boolean secret) {
        String motion = api.expect(201, "POST", "motions", secretariat, Json.createObjectBuilder().add("bodyId", body)
                .add("title", title).add("text", "The assembly resolves to keep its records safe.")
                .add("rationale", "A backup test.").add("language", "EN").add("proposerNetworkId", proposer).build().toString())
                .object().getString("id");
        api.expect(200, "POST", "motions/" + motion + "/admission", chair, null);
        return api.expect(201, "POST", "ballots", chair, Json.createObjectBuilder().add("motionId", motion).add("secret", secret)
                .add("closesAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())
                .build().toString()).object().getString("id");
    }

    /** The register and audit log once two readings a second apart agree (the audit chain seals within a second). */
    private static Register stable(ServerApi api) throws InterruptedException {
        Register last = read(api);
        for (int attempt = 0; attempt < 30; attempt++) {
            Thread.sleep(1000);
            Register now = read(api);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the register or audit log kept changing: " + last);
    }

    private static Register read(ServerApi api) {
        String secretariat = api.token("secretariat", DEMO_PASSWORD);
        ServerApi.Reply decisions = api.expect(200, "GET", "decisions?limit=500", null, null);
        ServerApi.Reply audit = api.expect(200, "GET", "audit?limit=500", secretariat, null);
        ServerApi.Reply verification = api.expect(200, "GET", "audit/verification", secretariat, null);
        return new Register(decisions.body(), decisions.totalCount().orElse(""), audit.body(),
                audit.totalCount().orElse(""), verification.body());
    }

    private static List<String> decisionNumbers(ServerApi api) {
        return api.expect(200, "GET", "decisions?limit=500", null, null).array().stream()
                .map(d -> d.asJsonObject().getString("number")).toList();
    }

    /** {@code ICSSE/2026/004} after {@code ICSSE/2026/001} … {@code 003}: one counter per year, gapless. */
    private static String nextNumber(List<String> numbers) {
        String year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        int highest = numbers.stream().filter(n -> n.startsWith("ICSSE/" + year + "/"))
                .mapToInt(n -> Integer.parseInt(n.substring(n.lastIndexOf('/') + 1))).max().orElse(0);
        return String.format("ICSSE/%s/%03d", year, highest + 1);
    }

    /** Waits for the archive job's first package (the job runs 10 s after start-up, then every 10 s). */
    private static void awaitPackage(Path archive, MicroServer server) throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(limit)) {
            if (Files.isDirectory(archive)) {
                try (Stream<Path> files = Files.list(archive)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".zip"))) {
                        return;
                    }
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no archive package in " + archive + " within 3 minutes\n" + server.logTail());
    }

    /** Every file under the folder, by relative path, with its SHA-256. */
    private static Map<String, String> checksums(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                sums.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha256.digest()));
            }
        }
        return sums;
    }
}
