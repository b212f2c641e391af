package org.icsse.governance.web.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.account.ApiTokenService;
import org.icsse.governance.application.account.Authentication;
import org.icsse.governance.application.account.IssuedToken;
import org.icsse.governance.application.account.LoginOutcome;
import org.icsse.governance.application.audit.AuditSealer;
import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.register.NetworkForm;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.application.security.CallerContext;
import org.icsse.governance.batch.schedule.JobSchedule;
import org.icsse.governance.batch.tokens.PurgeExpiredTokensJob;
import org.icsse.governance.domain.audit.AuditChain;
import org.icsse.governance.domain.audit.AuditEntry;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkQuery;
import org.icsse.governance.domain.network.NetworkStatus;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.icsse.governance.domain.shared.NotAuthenticatedException;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.infrastructure.config.Settings;
import org.icsse.governance.web.health.DatabaseReadiness;
import org.icsse.governance.web.it.Deployments;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The member register inside the running application, on the database of the run (H2 file, and
 * PostgreSQL in the second failsafe execution): persistence, migrations, constraints held by the
 * database, the audit chain, transactions that leave nothing half-written, and the security of the
 * services.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class RegisterIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(RegisterIT.class);
    }

    @Inject
    NetworkRegister networks;

    @Inject
    BodyRegister bodies;

    @Inject
    AccountRegister accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AuditSealer sealer;

    @Inject
    Authentication authentication;

    @Inject
    ApiTokenService tokens;

    @Inject
    JobSchedule jobs;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:app/jdbc/governance");
    }

    private static boolean onPostgres() throws Exception {
        try (Connection c = dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private MemberNetwork newNetwork(String acronym) {
        return CallerContext.asSystem(() -> networks.register(
                new NetworkForm("Réseau <b>solidaire</b> " + acronym, acronym, "AFRICA", "MEMBER_BASED", 2, null)));
    }

    @Test
    void migrationsForThisDatabaseAreApplied() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" = true order by \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        assertThat(versions).contains("1");
        if (onPostgres()) {
            assertThat(versions).contains("1.1");
        }
    }

    @Test
    void aNetworkRoundTripsThroughTheDatabase() {
        String acronym = unique("RT");
        MemberNetwork created = newNetwork(acronym.toLowerCase());

        MemberNetwork read = CallerContext.asSystem(() -> networks.get(created.id()));

        assertThat(read.acronym().value()).isEqualTo(acronym);
        assertThat(read.name()).isEqualTo("Réseau <b>solidaire</b> " + acronym.toLowerCase());
        assertThat(read.weight().value()).isEqualTo(2);
        assertThat(read.status()).isEqualTo(NetworkStatus.MEMBER);
    }

    @Test
    void aBodyKeepsItsMembersAndRules() {
        MemberNetwork a = newNetwork(unique("BA"));
        MemberNetwork b = newNetwork(unique("BB"));
        String code = unique("").replaceAll("[0-9]", "X").substring(0, 6);

        Body created = CallerContext.asSystem(() -> bodies.create(
                new BodyForm("Working group", code, List.of(a.id(), b.id()), 40, 30, "TWO_THIRDS", 2, 3)));
        Body read = CallerContext.asSystem(() -> bodies.get(created.id()));

        assertThat(read.members()).extracting(MemberNetwork::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(read.rules().quorum().networks().value()).isEqualTo(40);
        assertThat(read.rules().quorum().weight().value()).isEqualTo(30);
        assertThat(read.rules().majority()).isEqualTo(MajorityRule.TWO_THIRDS);
        assertThat(read.rules().secondsRequired()).isEqualTo(2);
        assertThat(read.rules().proxyCap()).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesWhatTheDomainRefuses() throws Exception {
        String acronym = unique("DB");
        newNetwork(acronym);
        try (Connection c = dataSource().getConnection()) {
            assertThatThrownBy(() -> insertNetwork(c, unique("W"), 0, "AFRICA")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insertNetwork(c, acronym, 1, "AFRICA")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insertNetwork(c, unique("R"), 1, "ATLANTIS")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "insert into body_member (body_id, network_id) values (-1, -1)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "insert into body (id, name, code, quorum_networks_percent, quorum_weight_percent,"
                    + " majority, seconds_required, proxy_cap) values (-5, 'x', 'lower', 50, 0, 'SIMPLE', 1, 1)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "insert into body (id, name, code, quorum_networks_percent, quorum_weight_percent,"
                    + " majority, seconds_required, proxy_cap) values (-6, 'x', 'QQ', 101, 0, 'SIMPLE', 1, 1)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void insertNetwork(Connection c, String acronym, int weight, String region) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into member_network (id, name, acronym, region, category, status, weight)"
                + " values (?, 'x', ?, ?, 'MEMBER_BASED', 'MEMBER', ?)")) {
            s.setLong(1, -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 10);
            s.setString(2, acronym);
            s.setString(3, region);
            s.setInt(4, weight);
            s.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void everyChangeIsChainedInTheAuditLogWithBeforeAndAfter() {
        String acronym = unique("AU");
        MemberNetwork created = newNetwork(acronym);
        CallerContext.asSystem(() -> networks.update(created.id(), new NetworkForm(null, null, null, null, 3, "SUSPENDED")));

        List<AuditEntry> newest = CallerContext.asSystem(() -> audit.newest(0, 20)).items();
        List<AuditEntry> mine = newest.stream().filter(e -> String.valueOf(created.id()).equals(e.subjectId())
                && "network".equals(e.subjectType())).toList();

        assertThat(mine).extracting(AuditEntry::action).containsExactly("network.updated", "network.registered");
        AuditEntry update = mine.get(0);
        assertThat(update.actor()).isEqualTo("system");
        assertThat(update.before()).contains("\"status\":\"MEMBER\"").contains("\"weight\":2");
        assertThat(update.after()).contains("\"status\":\"SUSPENDED\"").contains("\"weight\":3");
        assertThat(update.previousHash()).isEqualTo(mine.get(1).hash());
        assertThat(CallerContext.asSystem(audit::verify).firstBreak()).isEmpty();
    }

    @Test
    void aRefusedChangeLeavesNothingHalfWritten() {
        String acronym = unique("HW");
        MemberNetwork created = newNetwork(acronym);
        long entriesBefore = CallerContext.asSystem(() -> audit.newest(0, 1)).total();

        assertThatThrownBy(() -> newNetwork(acronym)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CallerContext.asSystem(() -> networks.update(created.id(),
                new NetworkForm("Renamed in the same breath", null, null, null, 5, "APPLICANT"))))
                .isInstanceOf(IllegalTransitionException.class);

        MemberNetwork after = CallerContext.asSystem(() -> networks.get(created.id()));
        assertThat(after.name()).doesNotContain("Renamed");
        assertThat(after.weight().value()).isEqualTo(2);
        assertThat(CallerContext.asSystem(() -> audit.newest(0, 1)).total()).isEqualTo(entriesBefore);
    }

    @Test
    void tamperingWithTheAuditLogIsRefusedOrDetected() throws Exception {
        newNetwork(unique("TA"));
        long last;
        String actor;
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sequence, actor from audit_entry order by sequence desc")) {
            assertThat(rs.next()).isTrue();
            last = rs.getLong(1);
            actor = rs.getString(2);
        }
        if (onPostgres()) {
            try (Connection c = dataSource().getConnection()) {
                assertThatThrownBy(() -> execute(c, "update audit_entry set actor = 'mallory' where sequence = " + last))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> execute(c, "delete from audit_entry where sequence = " + last))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                // a record waiting to be sealed cannot be changed either (inserted here and rolled back)
                c.setAutoCommit(false);
                try {
                    execute(c, "insert into audit_pending (id, occurred_at, actor, action, subject_type) values"
                            + " (-1, current_timestamp, 'system', 'test.waiting', 'test')");
                    assertThatThrownBy(() -> execute(c, "update audit_pending set actor = 'mallory' where id = -1"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            assertThat(CallerContext.asSystem(audit::verify).firstBreak()).isEmpty();
            return;
        }
        try (Connection c = dataSource().getConnection()) {
            execute(c, "update audit_entry set actor = 'mallory' where sequence = " + last);
            try {
                AuditTrail.ChainReport report = CallerContext.asSystem(audit::verify);
                assertThat(report.intact()).isFalse();
                assertThat(report.firstBreak()).hasValue(new AuditChain.Break(last, AuditChain.Reason.CONTENT_MISMATCH));
                assertThat(report.intactEntries()).isEqualTo(last - 1);
            } finally {
                try (PreparedStatement restore = c.prepareStatement("update audit_entry set actor = ? where sequence = ?")) {
                    restore.setString(1, actor);
                    restore.setLong(2, last);
                    restore.executeUpdate();
                }
            }
        }
        assertThat(CallerContext.asSystem(audit::verify).firstBreak()).isEmpty();
    }

    @Test
    void servicesRefuseACallerWhoIsNotSignedIn() {
        assertThatThrownBy(() -> networks.register(new NetworkForm("Anonymous", unique("AN"), "EUROPE", "MEMBER_BASED", 1, null)))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(NotAuthenticatedException.class);
    }

    private String newAccount(String password) {
        String username = "it." + unique("u").toLowerCase();
        CallerContext.asSystem(() -> accounts.open(new AccountForm(username, password, "Test Person", username + "@example.org", "FR",
                "America/Lima", List.of("CHAIR"), null)));
        return username;
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForFifteenMinutesAndIsAudited() {
        String password = "correct horse battery";
        String username = newAccount(password);
        for (int i = 1; i <= 4; i++) {
            assertThat(authentication.check(username, "wrong password " + i)).isInstanceOf(LoginOutcome.Rejected.class);
        }
        Instant before = Instant.now();

        LoginOutcome fifth = authentication.check(username, "wrong password 5");
        LoginOutcome rightButLocked = authentication.check(username, password);

        assertThat(fifth).isInstanceOf(LoginOutcome.Locked.class);
        Instant until = ((LoginOutcome.Locked) fifth).until();
        assertThat(Duration.between(before, until)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(16));
        assertThat(rightButLocked).isInstanceOf(LoginOutcome.Locked.class);
        List<AuditEntry> newest = CallerContext.asSystem(() -> audit.newest(0, 10)).items();
        assertThat(newest).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("account.locked");
            assertThat(e.actor()).isEqualTo(username);
        });
    }

    @Test
    void aRightPasswordSignsInAndResetsTheCount() {
        String password = "correct horse battery";
        String username = newAccount(password);
        authentication.check(username, "wrong");

        LoginOutcome outcome = authentication.check(username, password);

        assertThat(outcome).isInstanceOf(LoginOutcome.Accepted.class);
        assertThat(((LoginOutcome.Accepted) outcome).account().roles()).extracting(Enum::name).containsExactly("CHAIR");
    }

    @Test
    void passwordsAreStoredAsPbkdf2AndTokensOnlyAsTheirHash() throws Exception {
        String password = "correct horse battery";
        String username = newAccount(password);

        IssuedToken issued = tokens.issue(username, password);

        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select password_hash from user_account where username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    // the work factor configured for this server (the build sets 10,000; the default, 210,000, is
                    // checked by SettingsTest); the hash names it, so verification never depends on the setting
                    assertThat(Settings.passwordIterations()).isGreaterThanOrEqualTo(Settings.PASSWORD_ITERATIONS_MIN);
                    assertThat(rs.getString(1)).startsWith("PBKDF2WithHmacSHA512:" + Settings.passwordIterations() + ":")
                            .doesNotContain(password);
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select token_hash from api_token")) {
                List<String> hashes = new ArrayList<>();
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
                assertThat(hashes).isNotEmpty().doesNotContain(issued.token());
            }
        }
        assertThat(tokens.resolve(issued.token())).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(username));
        assertThat(tokens.resolve(issued.token() + "x")).isEmpty();
        assertThat(issued.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(7)));
    }

    @Test
    void thePurgeJobForgetsExpiredTokensAndKeepsValidOnes() throws Exception {
        String password = "correct horse battery";
        String username = newAccount(password);
        IssuedToken valid = tokens.issue(username, password);
        String expiredHash = "e".repeat(56) + unique("").substring(0, 8).toLowerCase();
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("insert into api_token (id, token_hash, user_id, issued_at, expires_at)"
                        + " select -id, ?, id, ?, ? from user_account where username = ?")) {
            s.setString(1, expiredHash);
            s.setObject(2, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(10));
            s.setObject(3, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2));
            s.setString(4, username);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        long execution = jobs.startJob(PurgeExpiredTokensJob.NAME);
        JobExecution done = awaitEnd(execution);

        assertThat(done.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(BatchRuntime.getJobOperator().getStepExecutions(execution))
                .singleElement().satisfies(step -> assertThat(step.getExitStatus()).matches("PURGED [1-9][0-9]*"));
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from api_token where token_hash = ?")) {
            s.setString(1, expiredHash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
        assertThat(tokens.resolve(valid.token())).isPresent();
    }

    private static JobExecution awaitEnd(long executionId) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution.getEndTime() != null) {
                return execution;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job execution " + executionId + " did not end within 60 s");
    }

    @Test
    void aFullSizeImportOfTenThousandNetworksIsStoredAndReadPageByPage() {
        String prefix = unique("K").substring(0, 7);
        StringBuilder csv = new StringBuilder("name,acronym,region,category,weight\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("\"Network ").append(i).append(", bulk\",").append(prefix).append(i)
                    .append(",EUROPE,MEMBER_BASED,").append(1 + i % 3).append('\n');
        }

        List<MemberNetwork> imported = CallerContext.asSystem(() -> networks.importCsv(new java.io.StringReader(csv.toString())));
        Page<MemberNetwork> lastPage = CallerContext.asSystem(() -> networks.search(
                new NetworkQuery(prefix, null, null, null, NetworkQuery.SortField.ACRONYM, false, 9_975, 25)));

        assertThat(imported).hasSize(10_000);
        assertThat(lastPage.total()).isEqualTo(10_000);
        assertThat(lastPage.items()).hasSize(25).allSatisfy(n -> assertThat(n.acronym().value()).startsWith(prefix));
        assertThat(lastPage.items().get(0).acronym().value()).isGreaterThan(lastPage.items().get(24).acronym().value());
        assertThat(CallerContext.asSystem(audit::verify).firstBreak()).isEmpty();
    }

    @Test
    void readinessIsUpOnThisDatabaseAndDownWhenTheDatabaseDoesNotAnswer() throws Exception {
        DatabaseReadiness unreachable = new DatabaseReadiness();
        java.lang.reflect.Field dataSourceField = DatabaseReadiness.class.getDeclaredField("dataSource");
        dataSourceField.setAccessible(true);
        dataSourceField.set(unreachable, new org.icsse.governance.infrastructure.persistence.GovernanceDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                throw new SQLException("connection refused", "08001");
            }
        });

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(unreachable.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void concurrentChangesAreEachSealedOnceIntoOneUnbrokenChain() throws Exception {
        java.util.concurrent.ExecutorService executor = (java.util.concurrent.ExecutorService) new InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        List<java.util.concurrent.Future<MemberNetwork>> registrations = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String acronym = unique("CC");
            registrations.add(executor.submit(() -> newNetwork(acronym)));
        }
        // sealers racing each other and the background sealing that every commit asks for
        List<java.util.concurrent.Future<Integer>> sealers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sealers.add(executor.submit(() -> {
                int sealed = 0;
                for (int round = 0; round < 20; round++) {
                    sealed += sealer.sealOldest();
                }
                return sealed;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (java.util.concurrent.Future<MemberNetwork> registration : registrations) {
            ids.add(String.valueOf(registration.get(60, java.util.concurrent.TimeUnit.SECONDS).id()));
        }
        for (java.util.concurrent.Future<Integer> racing : sealers) {
            racing.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }

        for (String id : ids) {
            assertThat(audit.aboutSubject("network", id, 10)).as("entries of network " + id)
                    .extracting(AuditEntry::action).containsOnlyOnce("network.registered");
            assertThat(count("select count(*) from audit_pending where subject_type = 'network' and subject_id = ?", id))
                    .as("records of network " + id + " still waiting").isZero();
        }
        assertThat(CallerContext.asSystem(audit::verify).firstBreak()).isEmpty();
    }

    @Test
    void aChangeIsSealedIntoTheChainMomentsAfterItCommitsWithoutAnyoneReadingTheLog() throws Exception {
        String id = String.valueOf(newNetwork(unique("SB")).id());
        // nothing here reads through the audit trail (which seals first): the commit asked for the sealing
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        String entries = "select count(*) from audit_entry where action = 'network.registered' and subject_id = ?";
        while (count(entries, id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(count(entries, id)).as("sealed entries within a second of the commit").isEqualTo(1);
        assertThat(count("select count(*) from audit_pending where subject_id = ? and subject_type = 'network'", id)).isZero();
    }

    @Test
    void aRecordLeftWaitingByAServerThatDiedIsSealedByTheSweep() throws Exception {
        // as a server killed between its commit and the sealing leaves it: committed, waiting, nobody asking
        String subject = unique("LEFT");
        try (Connection c = dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into audit_pending (id, occurred_at, actor, action, subject_type, subject_id, before_state,"
                        + " after_state) values (?, ?, 'system', 'network.updated', 'network', ?, null, '{}')")) {
            insert.setLong(1, -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1);
            insert.setObject(2, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            insert.setString(3, subject);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }

        String entries = "select count(*) from audit_entry where action = 'network.updated' and subject_id = ?";
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (count(entries, subject) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count(entries, subject)).as("sealed by the sweep").isEqualTo(1);
        assertThat(count("select count(*) from audit_pending where subject_id = ?", subject)).isZero();
        assertThat(CallerContext.asSystem(audit::verify).firstBreak()).isEmpty();
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
