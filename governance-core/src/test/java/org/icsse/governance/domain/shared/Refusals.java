package org.icsse.governance.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the refusals of the domain, shared by the unit tests (stateless). */
public final class Refusals {

    private Refusals() {
    }

    /** The call is refused with an {@link InvalidValueException} naming this field and this message key. */
    public static InvalidValueException assertInvalid(ThrowingCallable call, String field, String messageKey) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refusal of field %s with %s", field, messageKey).isInstanceOf(InvalidValueException.class);
        InvalidValueException invalid = (InvalidValueException) thrown;
        assertThat(invalid.field()).as("field").isEqualTo(field);
        assertThat(invalid.messageKey()).as("message key").isEqualTo(messageKey);
        return invalid;
    }
}
