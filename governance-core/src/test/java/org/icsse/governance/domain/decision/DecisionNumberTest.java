package org.icsse.governance.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecisionNumberTest {

    @ParameterizedTest
    @CsvSource({"2026, 12, ICSSE/2026/012", "2026, 1, ICSSE/2026/001", "2027, 999, ICSSE/2027/999",
            "2027, 1000, ICSSE/2027/1000", "2030, 999999, ICSSE/2030/999999"})
    void writtenWithAtLeastThreeDigitsAndReadBackTheSame(int year, int sequence, String text) {
        DecisionNumber number = new DecisionNumber(year, sequence);

        assertThat(number).hasToString(text);
        assertThat(DecisionNumber.parse(text)).isEqualTo(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ICSSE/2026/12", "ICSSE/2026/0012", "icsse/2026/012", "ICSSE/2026/000", "ICSSE/1999/001",
            " ICSSE/2026/012", "ICSSE-2026-012", "GA-2026-012", "ICSSE/2026/1234567"})
    void anyOtherSpellingIsRefused(String text) {
        assertInvalid(() -> DecisionNumber.parse(text), "number", "decisionNumber.form");
    }

    @Test
    void numbersSortByYearThenSequence() {
        assertThat(new DecisionNumber(2026, 2)).isLessThan(new DecisionNumber(2026, 10))
                .isLessThan(new DecisionNumber(2027, 1));
    }

    @Test
    void aSequenceStartsAtOne() {
        assertThatThrownBy(() -> new DecisionNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
