package org.icsse.governance.domain.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

    /** ⌈percent·total/100⌉, exactly. */
    static long exactCeiling(int percent, long total) {
        return new BigDecimal(BigInteger.valueOf(percent).multiply(BigInteger.valueOf(total)))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .longValueExact();
    }

    @Property
    void theThresholdIsTheExactCeilingForEveryTotal(@ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long total) {
        assertThat(new Percentage("q", percent).thresholdOf(total)).isEqualTo(exactCeiling(percent, total));
    }

    @Property
    void theThresholdIsTheLeastWholeNumberReachingThePercentage(@ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total) {
        long threshold = new Percentage("q", percent).thresholdOf(total);
        BigInteger wanted = BigInteger.valueOf(percent).multiply(BigInteger.valueOf(total));

        // 100·threshold ≥ percent·total, and one less would not be
        assertThat(BigInteger.valueOf(threshold).multiply(BigInteger.valueOf(100))).isGreaterThanOrEqualTo(wanted);
        if (threshold > 0) {
            assertThat(BigInteger.valueOf(threshold - 1).multiply(BigInteger.valueOf(100))).isLessThan(wanted);
        }
        assertThat(threshold).isBetween(0L, total);
    }

    @ParameterizedTest
    @CsvSource({
            "50, 0, 0",
            "50, 1, 1",
            "50, 2, 1",
            "50, 3, 2",
            "34, 3, 2",
            "33, 3, 1",
            "67, 3, 3",
            "66, 3, 2",
            "1, 1, 1",
            "1, 100, 1",
            "1, 101, 2",
            "0, 1000, 0",
            "100, 1000, 1000",
            "99, 1000, 990"})
    void thresholdsOfSmallElectorates(int percent, long total, long expected) {
        assertThat(new Percentage("q", percent).thresholdOf(total)).isEqualTo(expected);
    }

    @Test
    void zeroPercentOfAnythingIsZero() {
        assertThat(new Percentage("q", 0).thresholdOf(Long.MAX_VALUE)).isZero();
    }

    @Test
    void aHundredPercentIsTheWholeEvenForTheLargestTotal() {
        assertThat(new Percentage("q", 100).thresholdOf(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aNegativeTotalIsRefused() {
        assertThatThrownBy(() -> new Percentage("q", 50).thresholdOf(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 50, 99, 100})
    void aPercentageFromZeroToAHundredIsAccepted(int value) {
        assertThat(new Percentage("q", value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aPercentageOutsideZeroToAHundredIsRefusedUnderItsFieldName(int value) {
        InvalidValueException e = assertInvalid(() -> new Percentage("quorum.weightPercent", value), "quorum.weightPercent",
                "value.range");
        assertThat(e.arguments()).containsExactly(0, 100);
    }

    @Test
    void percentagesAreEqualByFieldAndValue() {
        assertThat(new Percentage("q", 50)).isEqualTo(new Percentage("q", 50)).isNotEqualTo(new Percentage("q", 51));
    }
}
