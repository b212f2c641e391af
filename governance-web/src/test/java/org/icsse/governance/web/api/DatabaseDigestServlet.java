package org.icsse.governance.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.audit.AuditSealing;

/**
 * Test-only (added to the WAR by {@link HostileInputIT}, never shipped): the state of the whole application
 * database as one line per table, {@code name rows sha256}, the digest taken over every column of every row
 * (rows sorted, so their physical order does not matter). Two equal answers mean no row was added, removed or
 * changed in between.
 * <p>
 * Every table of the application's schema counts, Flyway's history included, except {@code shedlock}: its rows
 * are the scheduler's leases, renewed by the clock whatever the requests do (the test servers schedule no job,
 * but a digest that a clock can change proves nothing). Nothing else changes on a request that is refused: an
 * API token's row records no last use (a bearer token is only looked up), and a refused sign-in of an unknown
 * username counts no failed login (the corpus signs in as nobody who exists).
 */
@WebServlet("/it/database-digest")
public class DatabaseDigestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Tables whose rows change without any request; see the class comment. */
    static final Set<String> EXCLUDED = Set.of("shedlock");

    @Resource(lookup = "java:app/jdbc/governance")
    private transient DataSource database;

    @Inject
    private transient AuditSealing auditSealing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the audit records of earlier (accepted) requests are sealed in the background, which moves them from
        // audit_pending to audit_entry at any moment: sealed first, so that only a request can change the digest
        auditSealing.sealAll();
        StringBuilder answer = new StringBuilder();
        try (Connection connection = database.getConnection()) {
            for (String table : tables(connection)) {
                answer.append(digest(connection, table)).append('\n');
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the database", e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                String name = rows.getString("TABLE_NAME");
                // H2 2 calls an ordinary table "BASE TABLE", PostgreSQL "TABLE"
                if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !EXCLUDED.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new SQLException("no table found in schema " + connection.getSchema());
        }
        return tables;
    }

    private static String digest(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    String value = result.getString(column);
                    row.append(value == null ? "\u0000null" : value.length() + ":" + value).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return table.toLowerCase(Locale.ROOT) + " " + rows.size() + " " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
