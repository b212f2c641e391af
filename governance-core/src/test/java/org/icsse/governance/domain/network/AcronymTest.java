package org.icsse.governance.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ICA|ICA",
            "ica|ICA",
            "'  Gsef '|GSEF",
            "RIPESS|RIPESS",
            "R2|R2",
            "A&B|A&B",
            "SSE-NET|SSE-NET",
            "ABCDEFGHIJKLMNOP|ABCDEFGHIJKLMNOP"})
    void anAcronymIsTrimmedAndWrittenInCapitals(String input, String expected) {
        assertThat(new Acronym(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "1CA", "-AB", "&AB", "ABCDEFGHIJKLMNOPQ", "IC A", "IC.A", "IC_A", "ÉCO", "IC\tA"})
    void anAcronymOfTheWrongFormIsRefused(String input) {
        assertInvalid(() -> new Acronym(input), "acronym", "acronym.form");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anAcronymIsRequired(String blank) {
        assertInvalid(() -> new Acronym(blank), "acronym", "value.required");
    }

    @Test
    void acronymsDifferingOnlyInCaseAreEqual() {
        assertThat(new Acronym("ica")).isEqualTo(new Acronym("ICA")).hasSameHashCodeAs(new Acronym(" ICA "));
        assertThat(new Acronym("ICA")).isNotEqualTo(new Acronym("GSEF"));
    }

    @Test
    void anAcronymReadsAsItsValue() {
        assertThat(new Acronym("gsef")).hasToString("GSEF");
    }

    @Test
    void theConverterStoresTheText() {
        AcronymConverter converter = new AcronymConverter();
        assertThat(converter.convertToDatabaseColumn(new Acronym("ica"))).isEqualTo("ICA");
        assertThat(converter.convertToEntityAttribute("ICA")).isEqualTo(new Acronym("ICA"));
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
