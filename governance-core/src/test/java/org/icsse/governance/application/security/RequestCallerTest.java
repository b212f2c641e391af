package org.icsse.governance.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.icsse.governance.domain.account.Role;
import org.junit.jupiter.api.Test;

/** The caller of a request is worked out once per principal, not at every question. */
class RequestCallerTest {

    private final RequestCaller request = new RequestCaller();
    private final AtomicInteger workedOut = new AtomicInteger();

    private Caller delegate(String name, long network) {
        workedOut.incrementAndGet();
        return Caller.person(name, EnumSet.of(Role.DELEGATE), network);
    }

    @Test
    void theSameRequestAskingAgainIsAnsweredWithoutWorkingTheCallerOutAgain() {
        Caller first = request.of("amina", () -> delegate("amina", 4));
        Caller again = request.of("amina", () -> delegate("amina", 5));

        assertThat(again).isSameAs(first);
        assertThat(again.networkId()).isEqualTo(4L);
        assertThat(workedOut).hasValue(1);
    }

    @Test
    void aRequestThatSignsSomeoneElseInWorksTheNewCallerOut() {
        request.of("amina", () -> delegate("amina", 4));
        Caller other = request.of("bruno", () -> delegate("bruno", 9));

        assertThat(other.name()).isEqualTo("bruno");
        assertThat(other.networkId()).isEqualTo(9L);
        assertThat(workedOut).hasValue(2);
    }

    @Test
    void theCallerFoundByTheTokensAuthenticationIsNotWorkedOutAgain() {
        request.authenticated(Caller.person("amina", EnumSet.of(Role.DELEGATE), 4L));

        Caller asked = request.of("amina", () -> delegate("amina", 5));

        assertThat(asked.networkId()).isEqualTo(4L);
        assertThat(workedOut).hasValue(0);
        assertThat(request.of("bruno", () -> delegate("bruno", 9)).networkId()).as("another principal").isEqualTo(9L);
    }
}
