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
        System.clearProperty("governance.archive.dir");
        System.clearProperty("governance.reminder.lead");
        System.clearProperty("governance.smtp.starttls");
        System.clearProperty("governance.smtp.port");
        System.clearProperty("governance.public.url");
    }

    @Test
    void theArchiveLivesUnderTheDataDirectoryUnlessSet() {
        System.setProperty("governance.data.dir", "/var/lib/governance");
        assertThat(Settings.archiveDirectory()).isEqualTo(Path.of("/var/lib/governance/archive"));
        System.setProperty("governance.archive.dir", "/srv/archive/../icsse-archive");
        assertThat(Settings.archiveDirectory()).isEqualTo(Path.of("/srv/icsse-archive"));
    }

    @Test
    void remindersGoOutADayBeforeTheDeadlineUnlessAnotherLeadOfAtLeastFiveMinutesIsSet() {
        assertThat(Settings.reminderLead()).isEqualTo(java.time.Duration.ofHours(24));
        System.setProperty("governance.reminder.lead", "PT2H");
        assertThat(Settings.reminderLead()).isEqualTo(java.time.Duration.ofHours(2));
        for (String refused : new String[] {"PT4M", "two hours", "-PT1H"}) {
            System.setProperty("governance.reminder.lead", refused);
            assertThatThrownBy(Settings::reminderLead).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GOVERNANCE_REMINDER_LEAD").hasMessageContaining(refused);
        }
    }

    @Test
    void smtpUsesPort587WithStartTlsUnlessTlsIsSwitchedOffOrThePortSet() {
        assertThat(Settings.smtpPort()).isEqualTo(587);
        System.setProperty("governance.smtp.starttls", "false");
        assertThat(Settings.smtpPort()).isEqualTo(25);
        System.setProperty("governance.smtp.port", "2525");
        assertThat(Settings.smtpPort()).isEqualTo(2525);
        for (String refused : new String[] {"smtp", "0", "70000"}) {
            System.setProperty("governance.smtp.port", refused);
            assertThatThrownBy(Settings::smtpPort).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GOVERNANCE_SMTP_PORT").hasMessageContaining(refused);
        }
    }

    @Test
    void thePublicAddressLosesItsTrailingSlash() {
        assertThat(Settings.publicUrl()).isEqualTo("http://localhost:8080/governance");
        System.setProperty("governance.public.url", "https://governance.icsse.org/");
        assertThat(Settings.publicUrl()).isEqualTo("https://governance.icsse.org");
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
