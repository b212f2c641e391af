package org.icsse.governance.operations.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A PostgreSQL database of these tests on the shared server ({@code ops.pg.*}), created empty and dropped after:
 * {@code <ops.pg.database>_<suffix>}, so that two builds naming different {@code ops.pg.database} never meet. Also
 * dumps and restores it with the PostgreSQL client tools, as {@code docs/operations.md} ("Backups and restore") tells operators to.
 */
final class ServerDatabase implements AutoCloseable {

    static final String HOST = System.getProperty("ops.pg.host", "127.0.0.1");
    static final String PORT = System.getProperty("ops.pg.port", "5432");
    static final String USER = System.getProperty("ops.pg.user", "postgres");

    private final String name;

    private ServerDatabase(String name) {
        this.name = name;
    }

    /** Drops any database of that name left by an earlier run and creates it empty. */
    static ServerDatabase recreate(String suffix) throws SQLException {
        String name = System.getProperty("ops.pg.database", "governance_it_ops") + "_" + suffix;
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
        return new ServerDatabase(name);
    }

    String name() {
        return name;
    }

    /** The JDBC URL the application is given. */
    String url() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    /** {@code pg_dump -Fc}: the whole database in PostgreSQL's custom format, into the file. */
    void dumpTo(Path file, Path log) {
        ServerProcess.run(List.of("pg_dump", "-h", HOST, "-p", PORT, "-U", USER, "-Fc", "-f", file.toString(), name),
                Duration.ofMinutes(5), log);
    }

    /** {@code pg_restore} of a dump into this (empty) database; stops at the first error. */
    void restoreFrom(Path file, Path log) {
        ServerProcess.run(List.of("pg_restore", "-h", HOST, "-p", PORT, "-U", USER, "--no-owner", "--exit-on-error",
                "-d", name, file.toString()), Duration.ofMinutes(5), log);
    }

    /** A direct connection, for what the test reads in SQL. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String... statements) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
                Statement sql = admin.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
