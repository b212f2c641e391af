package org.icsse.governance.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the refusals of the domain, shared by the unit tests (stateless). */
public final class Refusals {

    private Refusals() {
    }

    /**
     * The call is refused with an {@link InvalidValueException} naming this field and this message key, alone
     * or as the only violation of an {@link InvalidValuesException} (forms report all their refusals at once).
     */
    public static InvalidValueException assertInvalid(ThrowingCallable call, String field, String messageKey) {
        Throwable thrown = catchThrowable(call);
        if (thrown instanceof InvalidValuesException several) {
            assertThat(several.violations()).as("violations of a form refused for %s", field).hasSize(1);
            thrown = several.violations().get(0);
        }
        assertThat(thrown).as("refusal of field %s with %s", field, messageKey).isInstanceOf(InvalidValueException.class);
        InvalidValueException invalid = (InvalidValueException) thrown;
        assertThat(invalid.field()).as("field").isEqualTo(field);
        assertThat(invalid.messageKey()).as("message key").isEqualTo(messageKey);
        return invalid;
    }
}
