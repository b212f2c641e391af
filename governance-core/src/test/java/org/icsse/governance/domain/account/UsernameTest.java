package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @CsvSource({
            "amina, amina",
            "Amina.Diallo, amina.diallo",
            "'  JDOE ', jdoe",
            "1st_delegate, 1st_delegate",
            "a-b, a-b",
            "abc, abc"})
    void aUsernameIsTrimmedAndWrittenInLowerCase(String input, String expected) {
        assertThat(new Username(input).value()).isEqualTo(expected);
    }

    @Test
    void aUsernameOfSixtyFourCharactersIsAccepted() {
        assertThat(new Username("a".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ".abc", "-abc", "_abc", "ab c", "ab@c", "amína", "ab\tc"})
    void aUsernameOfTheWrongFormIsRefused(String input) {
        assertInvalid(() -> new Username(input), "username", "username.form");
    }

    @Test
    void aUsernameOfSixtyFiveCharactersIsRefused() {
        assertInvalid(() -> new Username("a".repeat(65)), "username", "username.form");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aUsernameIsRequired(String blank) {
        assertInvalid(() -> new Username(blank), "username", "value.required");
    }

    @Test
    void usernamesDifferingOnlyInCaseAreEqual() {
        assertThat(new Username("Amina")).isEqualTo(new Username("amina")).hasSameHashCodeAs(new Username("AMINA"));
        assertThat(new Username("amina")).isNotEqualTo(new Username("aminata")).hasToString("amina");
    }

    @Test
    void theConverterStoresTheText() {
        UsernameConverter converter = new UsernameConverter();
        assertThat(converter.convertToDatabaseColumn(new Username("Amina"))).isEqualTo("amina");
        assertThat(converter.convertToEntityAttribute("amina")).isEqualTo(new Username("amina"));
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
