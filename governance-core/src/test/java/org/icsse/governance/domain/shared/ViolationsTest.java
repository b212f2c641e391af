package org.icsse.governance.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void aCheckThatPassesReturnsItsValueAndRecordsNothing() {
        Violations violations = new Violations();

        String name = violations.check(() -> Texts.requireLine("name", " ICA ", 10));

        assertThat(name).isEqualTo("ICA");
        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void aRefusedCheckReturnsNull() {
        Violations violations = new Violations();

        String name = violations.check(() -> Texts.requireLine("name", " ", 10));

        assertThat(name).isNull();
        assertThat(violations.isEmpty()).isFalse();
    }

    @Test
    void everyViolationIsCollectedAndThrownTogetherInOrder() {
        Violations violations = new Violations();
        violations.check(() -> Texts.requireLine("name", "", 10));
        violations.check(() -> Texts.requireLine("acronym", "ok", 10));
        violations.check(() -> Texts.requireRange("weight", 0, 1, 1000));
        violations.add(new InvalidValueException("region", "value.choice", "AFRICA"));

        InvalidValuesException thrown = catchThrowableOfType(InvalidValuesException.class, violations::throwIfAny);

        assertThat(thrown.violations())
                .extracting(InvalidValueException::field, InvalidValueException::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "value.required"),
                        org.assertj.core.groups.Tuple.tuple("weight", "value.range"),
                        org.assertj.core.groups.Tuple.tuple("region", "value.choice"));
        assertThat(thrown.messageKey()).isEqualTo("values.invalid");
        assertThat(thrown.getMessage())
                .isEqualTo("Some values are invalid: name: A value is required.; weight: Must be a whole number from 1 to 1,000.; "
                        + "region: Must be one of: AFRICA.");
    }

    @Test
    void theViolationsOfANestedFormAreFlattened() {
        Violations violations = new Violations();
        violations.check(() -> {
            throw new InvalidValuesException(List.of(new InvalidValueException("a", "value.required"),
                    new InvalidValueException("b", "value.required")));
        });
        violations.check(() -> Texts.requireLine("c", null, 1));

        InvalidValuesException thrown = catchThrowableOfType(InvalidValuesException.class, violations::throwIfAny);

        assertThat(thrown.violations()).extracting(InvalidValueException::field).containsExactly("a", "b", "c");
    }

    @Test
    void anExceptionThatIsNotAnInvalidValueIsNotSwallowed() {
        Violations violations = new Violations();

        assertThatThrownBy(() -> violations.check(() -> {
            throw new NotFoundException("network", 7);
        })).isInstanceOf(NotFoundException.class);
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void theViolationsOfAnInvalidValuesExceptionCannotBeChangedAfterwards() {
        List<InvalidValueException> list = new java.util.ArrayList<>(List.of(new InvalidValueException("a", "value.required")));
        InvalidValuesException e = new InvalidValuesException(list);
        list.add(new InvalidValueException("b", "value.required"));

        assertThat(e.violations()).hasSize(1);
        assertThatThrownBy(() -> e.violations().add(new InvalidValueException("c", "value.required")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anInvalidValuesExceptionNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> new InvalidValuesException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
