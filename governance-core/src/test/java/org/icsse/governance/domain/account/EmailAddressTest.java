package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "amina.diallo@ripess.org", "x+tag@sub.example.net", "élise@coop.fr"})
    void aWellFormedAddressIsAccepted(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @Test
    void anAddressIsTrimmed() {
        assertThat(new EmailAddress("  a@b.co \n").value()).isEqualTo("a@b.co");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amina", "a@b", "@b.co", "a@.co", "a@b.", "a@@b.co", "a@b@c.co", "a b@c.co", "a@b .co"})
    void aMalformedAddressIsRefused(String address) {
        assertInvalid(() -> new EmailAddress(address), "email", "email.form");
    }

    @Test
    void anAddressOf254CharactersIsAcceptedAnd255Refused() {
        String domain = "@example.org"; // 12 characters
        assertThat(new EmailAddress("a".repeat(254 - domain.length()) + domain).value()).hasSize(254);
        assertInvalid(() -> new EmailAddress("a".repeat(255 - domain.length()) + domain), "email", "email.form");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anAddressIsRequired(String blank) {
        assertInvalid(() -> new EmailAddress(blank), "email", "value.required");
    }

    @Test
    void addressesAreEqualByValue() {
        assertThat(new EmailAddress("a@b.co")).isEqualTo(new EmailAddress(" a@b.co ")).isNotEqualTo(new EmailAddress("c@b.co"))
                .hasToString("a@b.co");
    }
}
