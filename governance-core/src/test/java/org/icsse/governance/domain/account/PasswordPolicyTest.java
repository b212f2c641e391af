package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final Username AMINA = new Username("amina");

    @Test
    void aPasswordOfTenCharactersIsAccepted() {
        assertThat(PasswordPolicy.check(AMINA, "0123456789")).containsExactly("0123456789".toCharArray());
    }

    @Test
    void aPasswordOfNineCharactersIsRefusedWithTheBounds() {
        InvalidValueException e = assertInvalid(() -> PasswordPolicy.check(AMINA, "012345678"), "password", "password.length");
        assertThat(e.arguments()).containsExactly(10, 128);
    }

    @Test
    void aPasswordOf128CharactersIsAcceptedAnd129Refused() {
        assertThat(PasswordPolicy.check(AMINA, "x".repeat(128))).hasSize(128);
        assertInvalid(() -> PasswordPolicy.check(AMINA, "x".repeat(129)), "password", "password.length");
    }

    @Test
    void spacesCountAndAreKept() {
        assertThat(new String(PasswordPolicy.check(AMINA, "  long pass  "))).isEqualTo("  long pass  ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aPasswordIsRequired(String password) {
        assertInvalid(() -> PasswordPolicy.check(AMINA, password), "password", "value.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amina12345", "12345amina", "xxAMINAxxxx", "my-Amina-password"})
    void aPasswordContainingTheUsernameInAnyCaseIsRefused(String password) {
        assertInvalid(() -> PasswordPolicy.check(AMINA, password), "password", "password.containsUsername");
    }

    @Test
    void aPasswordMerelyResemblingTheUsernameIsAccepted() {
        assertThat(PasswordPolicy.check(AMINA, "amin-a-1234")).hasSize(11);
    }

    @Test
    void withoutAUsernameOnlyTheLengthCounts() {
        assertThat(PasswordPolicy.check(null, "amina12345")).hasSize(10);
    }
}
