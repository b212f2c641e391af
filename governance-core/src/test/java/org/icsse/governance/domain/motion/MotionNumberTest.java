package org.icsse.governance.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.icsse.governance.domain.body.BodyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MotionNumberTest {

    private static final BodyCode GA = new BodyCode("GA");

    @ParameterizedTest
    @CsvSource({"GA, 2026, 7, GA-2026-007", "SC, 2000, 1, SC-2000-001", "GA, 9999, 999, GA-9999-999",
            "ABCDEFGH, 2031, 1000, ABCDEFGH-2031-1000", "WG, 2026, 999999, WG-2026-999999"})
    void aNumberIsWrittenCodeYearAndSequenceOfAtLeastThreeDigits(String code, int year, int sequence, String written) {
        MotionNumber number = new MotionNumber(new BodyCode(code), year, sequence);

        assertThat(number).hasToString(written);
        assertThat(MotionNumber.parse(written)).isEqualTo(number);
    }

    @Test
    void parsingGivesTheParts() {
        MotionNumber number = MotionNumber.parse("  GA-2026-042 ");

        assertThat(number.body()).isEqualTo(GA);
        assertThat(number.year()).isEqualTo(2026);
        assertThat(number.sequence()).isEqualTo(42);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GA-2026-07", "GA-2026-0007", "GA-2026-000", "GA-1999-001", "GA-26-001", "ga-2026-001",
            "G-2026-001", "GA 2026 001", "GA-2026-001-2", "GA-2026-1234567", "GA-2026-", "GA2026001", "GA-20260-001",
            "GA-2026-abc", "GA-２０２６-001"})
    void aTextNotInTheCanonicalFormIsRefused(String text) {
        assertInvalid(() -> MotionNumber.parse(text), "number", "motionNumber.form");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void parsingNeedsAText(String blank) {
        assertInvalid(() -> MotionNumber.parse(blank), "number", "value.required");
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 10000, 0, -2026})
    void aYearOutsideTwoThousandToNineThousandNineHundredNinetyNineIsRefused(int year) {
        var refusal = assertInvalid(() -> new MotionNumber(GA, year, 1), "year", "value.range");
        assertThat(refusal.getMessage()).isEqualTo("Must be a whole number from 2000 to 9999.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1_000_000})
    void aSequenceOutsideOneToTheMaximumIsRefused(int sequence) {
        assertInvalid(() -> new MotionNumber(GA, 2026, sequence), "sequence", "value.range");
    }

    @Test
    void aNumberNeedsABody() {
        assertInvalid(() -> new MotionNumber(null, 2026, 1), "number", "value.required");
    }

    @Test
    void numbersAreEqualByValue() {
        assertThat(new MotionNumber(GA, 2026, 7)).isEqualTo(MotionNumber.parse("GA-2026-007"))
                .hasSameHashCodeAs(new MotionNumber(new BodyCode("GA"), 2026, 7))
                .isNotEqualTo(new MotionNumber(GA, 2026, 8))
                .isNotEqualTo(new MotionNumber(GA, 2027, 7))
                .isNotEqualTo(new MotionNumber(new BodyCode("SC"), 2026, 7));
    }

    @Test
    void numbersSortByBodyThenYearThenSequenceNotByText() {
        MotionNumber nine = new MotionNumber(GA, 2026, 999);
        MotionNumber thousand = new MotionNumber(GA, 2026, 1000);
        MotionNumber nextYear = new MotionNumber(GA, 2027, 1);
        MotionNumber otherBody = new MotionNumber(new BodyCode("SC"), 2020, 1);

        assertThat(thousand.toString()).isLessThan(nine.toString());
        assertThat(nine).isLessThan(thousand);
        assertThat(thousand).isLessThan(nextYear);
        assertThat(nextYear).isLessThan(otherBody);
        assertThat(nine.compareTo(new MotionNumber(GA, 2026, 999))).isZero();
    }

    @Test
    void aNumberKnowsItsBody() {
        assertThat(new MotionNumber(GA, 2026, 1).isOf(GA)).isTrue();
        assertThat(new MotionNumber(GA, 2026, 1).isOf(new BodyCode("SC"))).isFalse();
    }

    @Property
    void parsingWhatIsWrittenGivesTheSameNumber(@ForAll("codes") String code,
            @ForAll @IntRange(min = MotionNumber.YEAR_MIN, max = MotionNumber.YEAR_MAX) int year,
            @ForAll @IntRange(min = 1, max = MotionNumber.SEQUENCE_MAX) int sequence) {
        MotionNumber number = new MotionNumber(new BodyCode(code), year, sequence);

        assertThat(MotionNumber.parse(number.toString())).isEqualTo(number);
    }

    @Property
    void writingWhatIsParsedGivesTheSameText(@ForAll("codes") String code,
            @ForAll @IntRange(min = MotionNumber.YEAR_MIN, max = MotionNumber.YEAR_MAX) int year,
            @ForAll @IntRange(min = 1, max = MotionNumber.SEQUENCE_MAX) int sequence) {
        String text = code + "-" + year + "-" + String.format("%03d", sequence);

        assertThat(MotionNumber.parse(text)).hasToString(text);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8);
    }
}
