package org.icsse.governance.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.icsse.governance.infrastructure.config.Settings;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's database, chosen from the settings when the container's pool first asks for a
 * connection: PostgreSQL when {@code GOVERNANCE_DB_URL} is set (with {@code GOVERNANCE_DB_USER} and
 * {@code GOVERNANCE_DB_PASSWORD}), otherwise the embedded H2 file {@code <data dir>/governance}.
 * Named as the class of the {@code @DataSourceDefinition}, so that one WAR runs on both without a
 * configuration file, and the container still pools the connections and enlists them in JTA.
 */
public class GovernanceDataSource implements DataSource {

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                current = target;
                if (current == null) {
                    current = create();
                    target = current;
                }
            }
        }
        return current;
    }

    /**
     * The URL of the embedded default: a file under the data directory, kept across restarts. A transaction waits up
     * to 10 s for a row another holds (H2's default, 2 s, is shorter than sealing an archive package takes on a busy
     * machine, during which the archive's head is locked; PostgreSQL waits as long as it takes).
     */
    public static String embeddedUrl() {
        return "jdbc:h2:file:" + Settings.dataDirectory().resolve("governance") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    private static DataSource create() {
        String url = Settings.get("governance.db.url").orElse(null);
        if (url == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(embeddedUrl());
            h2.setUser("governance");
            h2.setPassword("governance");
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            // JDBC batches of inserts (an import) become multi-row INSERTs: far fewer round trips.
            postgres.setReWriteBatchedInserts(true);
            Settings.get("governance.db.user").ifPresent(postgres::setUser);
            Settings.get("governance.db.password").ifPresent(postgres::setPassword);
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(Settings.get("governance.db.user").orElse("governance"));
            h2.setPassword(Settings.get("governance.db.password").orElse("governance"));
            return h2;
        }
        throw new IllegalStateException("GOVERNANCE_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The container may pass the (empty) user of the definition: the settings name the real one.
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
