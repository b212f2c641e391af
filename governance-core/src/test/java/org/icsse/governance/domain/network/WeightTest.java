package org.icsse.governance.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 999, 1000})
    void aWeightFromOneToAThousandIsAccepted(int value) {
        assertThat(new Weight(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aWeightOutsideOneToAThousandIsRefusedWithTheBounds(int value) {
        InvalidValueException e = assertInvalid(() -> new Weight(value), "weight", "weight.range");
        assertThat(e.arguments()).containsExactly(1, 1000);
        assertThat(e.getMessage()).isEqualTo("The weight must be a whole number from 1 to 1,000.");
    }

    @Test
    void aMissingWeightIsRequired() {
        assertInvalid(() -> Weight.of(null), "weight", "value.required");
    }

    @Test
    void ofBuildsTheSameWeight() {
        assertThat(Weight.of(7)).isEqualTo(new Weight(7));
        assertInvalid(() -> Weight.of(0), "weight", "weight.range");
    }

    @Test
    void weightsAreEqualByValueAndOrderedByValue() {
        assertThat(new Weight(3)).isEqualTo(new Weight(3)).hasSameHashCodeAs(new Weight(3)).isNotEqualTo(new Weight(4));
        assertThat(new Weight(3)).isLessThan(new Weight(4)).isGreaterThan(Weight.ONE);
        assertThat(Weight.ONE.value()).isEqualTo(1);
    }

    @Test
    void aWeightReadsAsItsNumber() {
        assertThat(new Weight(12)).hasToString("12");
    }

    @Test
    void theConverterStoresTheNumber() {
        WeightConverter converter = new WeightConverter();
        assertThat(converter.convertToDatabaseColumn(new Weight(5))).isEqualTo(5);
        assertThat(converter.convertToEntityAttribute(5)).isEqualTo(new Weight(5));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
