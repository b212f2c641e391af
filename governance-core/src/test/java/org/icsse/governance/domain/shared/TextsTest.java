package org.icsse.governance.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    private enum Colour { RED, GREEN, BLUE }

    @Test
    void aLineIsTrimmed() {
        assertThat(Texts.requireLine("name", "  Réseau intercontinental \t", 50)).isEqualTo("Réseau intercontinental");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n ", "\u2003"})
    void aBlankLineIsRequired(String blank) {
        assertInvalid(() -> Texts.requireLine("name", blank, 10), "name", "value.required");
    }

    @Test
    void aLineOfExactlyTheMaximumIsAccepted() {
        assertThat(Texts.requireLine("name", "a".repeat(10), 10)).hasSize(10);
    }

    @Test
    void aLineOneCharacterTooLongIsRefusedWithTheMaximum() {
        InvalidValueException e = assertInvalid(() -> Texts.requireLine("name", "a".repeat(11), 10), "name", "value.tooLong");
        assertThat(e.arguments()).containsExactly(10);
        assertThat(e.getMessage()).isEqualTo("At most 10 characters.");
    }

    @Test
    void theLengthIsMeasuredAfterTrimming() {
        assertThat(Texts.requireLine("name", "   " + "a".repeat(10) + "   ", 10)).isEqualTo("a".repeat(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\u0000b", "a\u001bb", "a\u007fb", "a\u0085b"})
    void controlCharactersInsideALineAreRefused(String text) {
        assertInvalid(() -> Texts.requireLine("name", text, 50), "name", "value.controlCharacters");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aBlankOptionalLineIsNull(String blank) {
        assertThat(Texts.optionalLine("venue", blank, 10)).isNull();
    }

    @Test
    void anOptionalLineIsCheckedLikeARequiredOne() {
        assertThat(Texts.optionalLine("venue", " Dakar ", 10)).isEqualTo("Dakar");
        assertInvalid(() -> Texts.optionalLine("venue", "x".repeat(11), 10), "venue", "value.tooLong");
        assertInvalid(() -> Texts.optionalLine("venue", "a\u0007b", 10), "venue", "value.controlCharacters");
    }

    @Test
    void aRangeAcceptsItsBounds() {
        assertThat(Texts.requireRange("seats", 1, 1, 5)).isEqualTo(1);
        assertThat(Texts.requireRange("seats", 5, 1, 5)).isEqualTo(5);
    }

    @Test
    void aRangeRefusesValuesJustOutsideWithTheBounds() {
        InvalidValueException below = assertInvalid(() -> Texts.requireRange("seats", 0, 1, 5), "seats", "value.range");
        assertThat(below.arguments()).containsExactly(1, 5);
        assertInvalid(() -> Texts.requireRange("seats", 6, 1, 5), "seats", "value.range");
    }

    @Test
    void aRangeRequiresAValue() {
        assertInvalid(() -> Texts.requireRange("seats", null, 1, 5), "seats", "value.required");
    }

    @Test
    void anEnumChoiceIsFoundByNameAfterTrimming() {
        assertThat(Texts.requireEnum("colour", Colour.class, " GREEN ")).isEqualTo(Colour.GREEN);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void anEnumChoiceIsRequired(String blank) {
        assertInvalid(() -> Texts.requireEnum("colour", Colour.class, blank), "colour", "value.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PURPLE", "green", "RE D"})
    void anUnknownEnumChoiceListsTheChoicesInOrder(String name) {
        InvalidValueException e = assertInvalid(() -> Texts.requireEnum("colour", Colour.class, name), "colour", "value.choice");
        assertThat(e.arguments()).containsExactly("RED, GREEN, BLUE");
        assertThat(e.getMessage()).isEqualTo("Must be one of: RED, GREEN, BLUE.");
    }
}
