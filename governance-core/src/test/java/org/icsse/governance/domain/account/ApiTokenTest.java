package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(3600);

    private static UserAccount account() {
        return new UserAccount(new Username("amina"), "hash",
                new UserAccount.Profile("Amina", new EmailAddress("a@b.co"), Language.EN, null), Set.of(Role.CHAIR), null);
    }

    @Test
    void aTokenIsValidUntilItsExpiryExclusive() {
        ApiToken token = new ApiToken("0".repeat(64), account(), ISSUED, EXPIRES);

        assertThat(token.isValidAt(ISSUED)).isTrue();
        assertThat(token.isValidAt(EXPIRES.minusNanos(1))).isTrue();
        assertThat(token.isValidAt(EXPIRES)).isFalse();
        assertThat(token.isValidAt(EXPIRES.plusSeconds(1))).isFalse();
    }

    @Test
    void aLoginInUseExtendsItsTokenButNeverShortensIt() {
        ApiToken token = new ApiToken("0".repeat(64), account(), ISSUED, EXPIRES);

        token.extendTo(EXPIRES.plusSeconds(600));
        assertThat(token.expiresAt()).isEqualTo(EXPIRES.plusSeconds(600));
        assertThat(token.isValidAt(EXPIRES.plusSeconds(599))).isTrue();

        token.extendTo(EXPIRES);
        assertThat(token.expiresAt()).as("an earlier instant changes nothing").isEqualTo(EXPIRES.plusSeconds(600));
    }

    @Test
    void aTokenMustExpireAfterItIsIssued() {
        assertThatThrownBy(() -> new ApiToken("h", account(), ISSUED, ISSUED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiToken("h", account(), ISSUED, ISSUED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPartOfATokenIsRequired() {
        UserAccount account = account();
        assertThatThrownBy(() -> new ApiToken(null, account, ISSUED, EXPIRES)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ApiToken("h", null, ISSUED, EXPIRES)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ApiToken("h", account, null, EXPIRES)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ApiToken("h", account, ISSUED, null)).isInstanceOf(NullPointerException.class);
    }
}
