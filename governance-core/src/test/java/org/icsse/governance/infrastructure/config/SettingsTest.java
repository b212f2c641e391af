package org.icsse.governance.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Settings come from system properties (first) or environment variables. These tests set system
 * properties only, and remove them afterwards; the build's environment sets none of the variables.
 */
class SettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty("governance.db.url");
        System.clearProperty("governance.demo");
        System.clearProperty("governance.data.dir");
        System.clearProperty("governance.password.iterations");
        System.clearProperty("governance.decisions.public");
    }

    @Test
    void passwordsTake210000IterationsUnlessConfiguredToAtLeast10000() {
        assertThat(Settings.passwordIterations()).isEqualTo(210_000);

        System.setProperty("governance.password.iterations", "10000");
        assertThat(Settings.passwordIterations()).isEqualTo(10_000);

        for (String refused : new String[] {"9999", "0", "-5", "many"}) {
            System.setProperty("governance.password.iterations", refused);
            assertThatThrownBy(Settings::passwordIterations).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GOVERNANCE_PASSWORD_ITERATIONS");
        }
    }

    @Test
    void theDecisionsRegisterIsPublicUnlessConfiguredOtherwise() {
        assertThat(Settings.decisionsPublic()).isTrue();

        System.setProperty("governance.decisions.public", "false");
        assertThat(Settings.decisionsPublic()).isFalse();
    }

    @Test
    void anEnvironmentVariableIsNamedAfterTheProperty() {
        assertThat(Settings.environmentName("governance.db.url")).isEqualTo("GOVERNANCE_DB_URL");
        assertThat(Settings.environmentName("governance.admin.password")).isEqualTo("GOVERNANCE_ADMIN_PASSWORD");
    }

    @Test
    void theEmbeddedDatabaseIsTheDefaultAndSeedsTheDemonstration() {
        assertThat(Settings.serverDatabaseConfigured()).isFalse();
        assertThat(Settings.demoMode()).isTrue();
    }

    @Test
    void postgresqlNeverSeedsTheDemonstrationUnlessAskedTo() {
        System.setProperty("governance.db.url", "jdbc:postgresql://127.0.0.1:5432/governance");
        assertThat(Settings.serverDatabaseConfigured()).isTrue();
        assertThat(Settings.demoMode()).isFalse();

        System.setProperty("governance.demo", "true");
        assertThat(Settings.demoMode()).isTrue();
    }

    @Test
    void theDemonstrationCanBeSwitchedOffOnTheEmbeddedDatabase() {
        System.setProperty("governance.demo", "false");
        assertThat(Settings.demoMode()).isFalse();
    }

    @Test
    void aBlankSettingCountsAsUnset() {
        System.setProperty("governance.db.url", "   ");
        assertThat(Settings.get("governance.db.url")).isEmpty();
        assertThat(Settings.serverDatabaseConfigured()).isFalse();
    }

    @Test
    void theDataDirectoryIsDataUnderTheWorkingDirectoryUnlessSet() {
        assertThat(Settings.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        System.setProperty("governance.data.dir", "/var/lib/governance/../governance");
        assertThat(Settings.dataDirectory()).isEqualTo(Path.of("/var/lib/governance"));
    }
}
