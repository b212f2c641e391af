package org.icsse.governance.operations.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The PostgreSQL database of ClusterIT: recreated for the run, read to check what the cluster stored, dropped after. */
final class ClusterDatabase {

    /** A vote as stored. */
    record StoredVote(String choice, String receipt) {
    }

    private final String host;
    private final int port;
    private final String user;
    private final String name;

    ClusterDatabase(String host, int port, String user, String name) {
        if (!name.matches("governance_it_[a-z0-9_]+")) {
            throw new IllegalArgumentException("the test's database must be named governance_it_…, not " + name);
        }
        this.host = host;
        this.port = port;
        this.user = user;
        this.name = name;
    }

    /** The JDBC address the instances are given. */
    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    String user() {
        return user;
    }

    void recreate() throws SQLException {
        drop();
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    void drop() throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, null);
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), user, null);
    }

    /** The votes stored for a named ballot, by network id; fails if a network has more than one. */
    Map<String, StoredVote> votes(String ballotId) throws SQLException {
        Map<String, StoredVote> votes = new HashMap<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "SELECT network_id, choice, receipt FROM ballot_vote WHERE ballot_id = ?")) {
            s.setLong(1, Long.parseLong(ballotId));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    StoredVote previous = votes.put(String.valueOf(rows.getLong(1)), new StoredVote(rows.getString(2), rows.getString(3)));
                    if (previous != null) {
                        throw new AssertionError("network " + rows.getLong(1) + " has two votes stored in ballot " + ballotId);
                    }
                }
            }
        }
        return votes;
    }

    /** How many entries of the register record the ballot's decision. */
    long decisionsOf(String ballotId) throws SQLException {
        return count("SELECT count(*) FROM decision WHERE ballot_id = ?", Long.parseLong(ballotId));
    }

    /** How many audit records (sealed or waiting to be) record the action on the subject. */
    long audited(String action, String subjectId) throws SQLException {
        return count("SELECT (SELECT count(*) FROM audit_entry WHERE action = ? AND subject_id = ?)"
                + " + (SELECT count(*) FROM audit_pending WHERE action = ? AND subject_id = ?)", action, subjectId, action, subjectId);
    }

    /** Moves a remote ballot's deadline (the API allows none sooner than five minutes ahead). */
    void moveDeadline(String ballotId, Instant deadline) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("UPDATE ballot SET closes_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(deadline));
            s.setLong(2, Long.parseLong(ballotId));
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no ballot " + ballotId);
            }
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
