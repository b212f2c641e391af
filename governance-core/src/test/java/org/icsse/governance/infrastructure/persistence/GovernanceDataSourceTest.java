package org.icsse.governance.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The datasource picks its database from the settings, when first asked for a connection. */
class GovernanceDataSourceTest {

    @AfterEach
    void forget() {
        System.clearProperty("governance.db.url");
        System.clearProperty("governance.db.user");
        System.clearProperty("governance.data.dir");
    }

    @Test
    void withoutSettingsItIsTheEmbeddedH2FileUnderTheDataDirectory(@TempDir java.nio.file.Path data) throws Exception {
        System.setProperty("governance.data.dir", data.toString());
        GovernanceDataSource dataSource = new GovernanceDataSource();

        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
        assertThat(dataSource.isWrapperFor(JdbcDataSource.class)).isTrue();
        assertThat(data.resolve("governance.mv.db")).exists();
        assertThat(GovernanceDataSource.embeddedUrl()).startsWith("jdbc:h2:file:" + data.resolve("governance"));
    }

    @Test
    void aPostgresqlUrlMakesItPostgresqlWithTheConfiguredUser() throws Exception {
        System.setProperty("governance.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        System.setProperty("governance.db.user", "postgres");
        GovernanceDataSource dataSource = new GovernanceDataSource();

        PGSimpleDataSource postgres = dataSource.unwrap(PGSimpleDataSource.class);

        assertThat(postgres.getURL()).startsWith("jdbc:postgresql://127.0.0.1:5432/test?");
        assertThat(postgres.getDatabaseName()).isEqualTo("test");
        assertThat(postgres.getReWriteBatchedInserts()).isTrue();
        assertThat(postgres.getUser()).isEqualTo("postgres");
        assertThat(dataSource.isWrapperFor(JdbcDataSource.class)).isFalse();
    }

    @Test
    void anotherKindOfUrlIsRefusedWithAClearMessage() {
        System.setProperty("governance.db.url", "jdbc:mysql://127.0.0.1/governance");

        assertThatThrownBy(() -> new GovernanceDataSource().getConnection())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOVERNANCE_DB_URL");
    }
}
