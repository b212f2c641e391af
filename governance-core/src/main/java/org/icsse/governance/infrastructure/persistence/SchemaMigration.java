package org.icsse.governance.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything else touches
 * the database (see {@link org.icsse.governance.infrastructure.bootstrap.ApplicationStartup}). The same scripts serve H2 and PostgreSQL ({@code db/migration/common}), plus a few
 * written for one database only ({@code db/migration/<vendor>}).
 */
@ApplicationScoped
public class SchemaMigration {

    /** The JNDI name of the application's datasource (defined in the web module's web.xml). */
    public static final String DATASOURCE = "java:app/jdbc/governance";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** The folder of the scripts written for this database only: {@code postgresql} or {@code h2}. */
    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    /** Migrates the schema; called once at start-up, before anything else touches the database. */
    public void migrate() {
        DataSource dataSource;
        try {
            dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The datasource " + DATASOURCE + " is not defined", e);
        }
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migrations applied now, " + result.database + ")");
    }
}
