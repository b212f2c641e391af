package org.icsse.governance.web.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of the fault tests on the shared server, created empty by the test and dropped after it.
 * Its name is {@code <it.faults.database>_<suffix>}: {@code governance_it_faults_crash} in a default build, and
 * different when a build names another {@code it.pg.database}, so that two builds on one server do not meet.
 */
final class TestDatabase implements AutoCloseable {

    private static final String ADMIN_URL = System.getProperty("it.pg.admin.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = System.getProperty("it.pg.user", "postgres");
    /** The PostgreSQL server as the tests reach it directly. */
    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Drops any database of that name left by an earlier run and creates it empty. */
    static TestDatabase recreate(String suffix) throws SQLException {
        String name = System.getProperty("it.faults.database", "governance_it_faults") + "_" + suffix;
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        return new TestDatabase(name);
    }

    String name() {
        return name;
    }

    /** The JDBC URL of this database through the given host and port (the server's, or a proxy's). */
    String url(int port) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + name;
    }

    /** A direct connection (never through a proxy), for the test's own reading. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(PORT), USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
