package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UserAccount.Profile}: what a person says about themself. */
class ProfileTest {

    private static final EmailAddress EMAIL = new EmailAddress("amina@ripess.org");

    @ParameterizedTest
    @CsvSource({
            "Europe/Paris, Europe/Paris",
            "' America/Bogota ', America/Bogota",
            "UTC, UTC",
            "+02:00, +02:00",
            "Asia/Kolkata, Asia/Kolkata"})
    void aKnownTimeZoneIsKept(String zone, String expected) {
        assertThat(new UserAccount.Profile("Amina", EMAIL, Language.EN, zone).timeZone()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "europe/paris", "GMT+25", "Paris", "+19:00"})
    void anUnknownTimeZoneIsRefused(String zone) {
        assertInvalid(() -> new UserAccount.Profile("Amina", EMAIL, Language.EN, zone), "timeZone", "timeZone.unknown");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void noTimeZoneMeansUtc(String zone) {
        assertThat(new UserAccount.Profile("Amina", EMAIL, Language.EN, zone).timeZone()).isEqualTo("UTC");
    }

    @Test
    void noLanguageMeansEnglish() {
        assertThat(new UserAccount.Profile("Amina", EMAIL, null, "UTC").language()).isEqualTo(Language.EN);
    }

    @Test
    void theDisplayNameIsARequiredTrimmedLine() {
        assertThat(new UserAccount.Profile("  Amina Diallo ", EMAIL, Language.EN, null).displayName()).isEqualTo("Amina Diallo");
        assertInvalid(() -> new UserAccount.Profile(" ", EMAIL, Language.EN, null), "displayName", "value.required");
        assertInvalid(() -> new UserAccount.Profile("x".repeat(UserAccount.DISPLAY_NAME_MAX + 1), EMAIL, Language.EN, null),
                "displayName", "value.tooLong");
    }

    @Test
    void profilesAreEqualByValue() {
        assertThat(new UserAccount.Profile("Amina", EMAIL, null, null))
                .isEqualTo(new UserAccount.Profile(" Amina ", EMAIL, Language.EN, "UTC"));
    }
}
