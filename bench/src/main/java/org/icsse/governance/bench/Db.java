package org.icsse.governance.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The benchmarks' PostgreSQL database: recreated for every run, seeded in volume with COPY (what is measured
 * always goes through the application; only the data it works on is written here).
 */
final class Db {

    /** A seeded delegate: the network they vote for and their bearer token. */
    record Delegate(long networkId, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String host;
    private final String database;
    private final String user;

    Db(String host, String database, String user) {
        this.host = host;
        this.database = database;
        this.user = user;
    }

    String url() {
        return "jdbc:postgresql://" + host + "/" + database;
    }

    String user() {
        return user;
    }

    String database() {
        return database;
    }

    /** A connection of the benchmark program, named "bench" (so that {@link DbSampler} leaves it out). */
    Connection connect() throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", "");
        properties.setProperty("ApplicationName", "bench");
        return DriverManager.getConnection(url(), properties);
    }

    void recreate() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        admin("CREATE DATABASE " + database);
    }

    void drop() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs statements in one transaction. */
    void execute(String... sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String each : sql) {
                statement.execute(each);
            }
            connection.commit();
        }
    }

    long single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** COPY … FROM STDIN (CSV) of the rows given. */
    static void copy(Connection connection, String tableAndColumns, CharSequence csv) throws SQLException, IOException {
        ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
    }

    /** Member networks with ids {@code first … first+count-1}, weights 1 to 5. */
    void networks(long first, int count, String acronymPrefix) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(count * 64);
        for (int i = 0; i < count; i++) {
            long id = first + i;
            csv.append(id).append(",Bench network ").append(acronymPrefix).append(i).append(',').append(acronymPrefix).append(i)
                    .append(",EUROPE,MEMBER_BASED,MEMBER,").append(1 + i % 5).append('\n');
        }
        try (Connection connection = connect()) {
            copy(connection, "member_network (id, name, acronym, region, category, status, weight)", csv);
        }
    }

    /** Makes the networks {@code first … last} members of the body. */
    void bodyMembers(long bodyId, long first, long last) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO body_member (body_id, network_id) SELECT " + bodyId + ", id FROM member_network"
                    + " WHERE id BETWEEN " + first + " AND " + last);
        }
    }

    /**
     * One delegate account per network ({@code first …}), each with a valid API token as the application issues
     * them (256 random bits, stored as their SHA-256). The accounts never sign in: their password hash is unusable.
     */
    List<Delegate> delegates(long first, int count) throws SQLException, IOException {
        StringBuilder users = new StringBuilder();
        StringBuilder roles = new StringBuilder();
        StringBuilder tokens = new StringBuilder();
        List<Delegate> delegates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = first + i;
            users.append(id).append(",bench.delegate.").append(i).append(",unusable,Delegate ").append(i)
                    .append(",bench.delegate.").append(i).append("@example.org,EN,UTC,").append(id).append('\n');
            roles.append(id).append(",DELEGATE\n");
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            tokens.append(id).append(',').append(sha256(token)).append(',').append(id).append('\n');
            delegates.add(new Delegate(id, token));
        }
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            copy(connection, "user_account (id, username, password_hash, display_name, email, language, time_zone, network_id)", users);
            copy(connection, "user_role (user_id, role)", roles);
            // COPY takes no expressions: the instants go in through a staging table
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE bench_token (id BIGINT, token_hash VARCHAR(64), user_id BIGINT)"
                        + " ON COMMIT DROP");
                copy(connection, "bench_token (id, token_hash, user_id)", tokens);
                statement.execute("INSERT INTO api_token (id, token_hash, user_id, issued_at, expires_at)"
                        + " SELECT id, token_hash, user_id, now(), now() + interval '8 hours' FROM bench_token");
            }
            connection.commit();
        }
        return delegates;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
