package org.icsse.governance.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageAndRoleTest {

    @Test
    void aLocaleIsMatchedByItsLanguageAndAnyOtherMeansEnglish() {
        assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.FR);
        assertThat(Language.of(Locale.forLanguageTag("es-AR"))).isEqualTo(Language.ES);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
    }

    @Test
    void onlyTheSecretariatAndAdminsKeepTheRegister() {
        assertThat(Role.SECRETARIAT.keepsRegister()).isTrue();
        assertThat(Role.ADMIN.keepsRegister()).isTrue();
        assertThat(Role.CHAIR.keepsRegister()).isFalse();
        assertThat(Role.DELEGATE.keepsRegister()).isFalse();
    }
}
