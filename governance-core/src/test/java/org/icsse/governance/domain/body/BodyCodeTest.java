package org.icsse.governance.domain.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"GA", "SC", "ABCDEFGH"})
    void aCodeOfTwoToEightCapitalsIsAccepted(String code) {
        assertThat(new BodyCode(code).value()).isEqualTo(code);
    }

    @Test
    void aCodeIsTrimmed() {
        assertThat(new BodyCode("  GA ").value()).isEqualTo("GA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G", "ABCDEFGHI", "ga", "G1", "G-A", "G A", "ÉA"})
    void aCodeOfTheWrongFormIsRefused(String code) {
        assertInvalid(() -> new BodyCode(code), "code", "bodyCode.form");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aCodeIsRequired(String blank) {
        assertInvalid(() -> new BodyCode(blank), "code", "value.required");
    }

    @Test
    void codesAreEqualByValue() {
        assertThat(new BodyCode("GA")).isEqualTo(new BodyCode(" GA ")).hasSameHashCodeAs(new BodyCode("GA"))
                .isNotEqualTo(new BodyCode("SC"));
        assertThat(new BodyCode("SC")).hasToString("SC");
    }

    @Test
    void theConverterStoresTheText() {
        BodyCodeConverter converter = new BodyCodeConverter();
        assertThat(converter.convertToDatabaseColumn(new BodyCode("GA"))).isEqualTo("GA");
        assertThat(converter.convertToEntityAttribute("GA")).isEqualTo(new BodyCode("GA"));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
