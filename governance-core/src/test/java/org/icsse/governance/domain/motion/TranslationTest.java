package org.icsse.governance.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.motion.MotionFixtures.PROPOSER;
import static org.icsse.governance.domain.motion.MotionFixtures.at;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.InvalidValuesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TranslationTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void withoutTranslationsEveryReaderGetsTheAuthoritativeOriginal(Language reader) {
        Motion motion = MotionFixtures.draft();

        MotionText shown = motion.textFor(reader);

        assertThat(shown).isEqualTo(new MotionText(Language.EN, "Shared charter", MotionFixtures.TEXT, Authority.ORIGINAL, Language.EN));
        assertThat(shown.isAuthoritative()).isTrue();
    }

    @Test
    void aReaderWithoutALanguageGetsTheOriginal() {
        assertThat(MotionFixtures.draft().textFor(null).authority()).isEqualTo(Authority.ORIGINAL);
    }

    @Test
    void aReaderSeesTheTranslationIntoTheirLanguageMarkedUnofficial() {
        Motion motion = MotionFixtures.draft();
        motion.addTranslation(Language.FR, "Charte commune", "La coalition adopte une charte commune.", false, at(5));

        MotionText french = motion.textFor(Language.FR);

        assertThat(french).isEqualTo(new MotionText(Language.FR, "Charte commune", "La coalition adopte une charte commune.",
                Authority.UNOFFICIAL_TRANSLATION, Language.EN));
        assertThat(french.isAuthoritative()).isFalse();
        assertThat(motion.textFor(Language.ES).authority()).isEqualTo(Authority.ORIGINAL);
        assertThat(motion.textFor(Language.EN).authority()).isEqualTo(Authority.ORIGINAL);
    }

    @Test
    void approvalMakesATranslationOfficialButNeverAuthoritative() {
        Motion motion = MotionFixtures.draft();
        motion.addTranslation(Language.ES, "Carta común", "La coalición adopta una carta común.", false, at(5));

        motion.approveTranslation(Language.ES);

        MotionText spanish = motion.textFor(Language.ES);
        assertThat(spanish.authority()).isEqualTo(Authority.OFFICIAL_TRANSLATION);
        assertThat(spanish.isAuthoritative()).isFalse();
        assertThat(spanish.original()).isEqualTo(Language.EN);
        assertThat(motion.translation(Language.ES)).get().extracting(Translation::official).isEqualTo(true);
    }

    @Test
    void aTranslationMayBeAddedAsOfficial() {
        Motion motion = MotionFixtures.draft();

        motion.addTranslation(Language.FR, "Charte", "Texte", true, at(5));

        assertThat(motion.textFor(Language.FR).authority()).isEqualTo(Authority.OFFICIAL_TRANSLATION);
    }

    @Test
    void aNewTranslationReplacesTheOneBeforeAndRecordsTheVersionItTranslates() {
        Motion motion = MotionFixtures.draft();
        motion.addTranslation(Language.FR, "Charte", "Ancien texte", true, at(5));
        motion.edit(PROPOSER, "Shared charter", "New text", null, at(6));

        motion.addTranslation(Language.FR, "Charte", "Nouveau texte", false, at(7));

        assertThat(motion.translations()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Nouveau texte");
            assertThat(t.official()).isFalse();
            assertThat(t.ofVersion()).isEqualTo(2);
            assertThat(t.when()).isEqualTo(at(7));
        });
    }

    @Test
    void theTranslationsAreListedInLanguageOrderAndCannotBeChangedFromOutside() {
        Motion motion = MotionFixtures.draft();
        motion.addTranslation(Language.ES, "Carta", "Texto", false, at(5));
        motion.addTranslation(Language.FR, "Charte", "Texte", false, at(6));

        assertThat(motion.translations()).extracting(Translation::language).containsExactly(Language.FR, Language.ES);
        assertThatThrownBy(() -> motion.translations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theOriginalIsNotTranslatedIntoItsOwnLanguage() {
        Motion motion = MotionFixtures.draft();

        assertThatThrownBy(() -> motion.addTranslation(Language.EN, "Charter", "Text", true, at(5)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("language");
                    assertThat(e.messageKey()).isEqualTo("translation.originalLanguage");
                    assertThat(e.getMessage()).isEqualTo("The original text is already in EN.");
                });
        assertThat(motion.translations()).isEmpty();
    }

    @Test
    void onlyAnExistingTranslationIsApproved() {
        Motion motion = MotionFixtures.draft();

        assertThatThrownBy(() -> motion.approveTranslation(Language.FR))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("translation.missing");
                    assertThat(e.localizedMessage(Language.FR.locale())).isEqualTo("Il n'y a pas de traduction en FR.");
                });
    }

    @Test
    void aTranslationNeedsALanguageATitleAndAText() {
        Motion motion = MotionFixtures.draft();

        assertInvalid(() -> motion.addTranslation(null, "T", "X", false, at(5)), "language", "value.required");
        assertThatThrownBy(() -> motion.addTranslation(Language.FR, " ", "", false, at(5)))
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                        .extracting(InvalidValueException::field).containsExactly("title", "text"));
        assertThat(motion.translations()).isEmpty();
    }
}
