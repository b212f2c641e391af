package org.icsse.governance.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.motion.MotionFixtures.BODY_ID;
import static org.icsse.governance.domain.motion.MotionFixtures.GA;
import static org.icsse.governance.domain.motion.MotionFixtures.MOTION_ID;
import static org.icsse.governance.domain.motion.MotionFixtures.OTHER;
import static org.icsse.governance.domain.motion.MotionFixtures.PROPOSER;
import static org.icsse.governance.domain.motion.MotionFixtures.T0;
import static org.icsse.governance.domain.motion.MotionFixtures.THIRD;
import static org.icsse.governance.domain.motion.MotionFixtures.at;
import static org.icsse.governance.domain.motion.MotionFixtures.number;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.util.List;

import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.InvalidValuesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MotionTest {

    private static Motion draftWith(String title, String text, String rationale, Language language) {
        return Motion.draft(MOTION_ID, BODY_ID, GA, PROPOSER, title, text, rationale, language, T0);
    }

    private static void assertConflict(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isExactlyInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    assertThat(((ConflictException) e).field()).as("field").isEqualTo(field);
                    assertThat(((ConflictException) e).messageKey()).as("key").isEqualTo(key);
                });
    }

    private static void assertIllegalTransition(Runnable call, MotionStatus from, MotionStatus to) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.arguments()).containsExactly(from.name(), to.name()));
    }

    // drafting

    @Test
    void aDraftHasItsTextAsFirstVersionAndNoNumber() {
        Motion motion = Motion.draft(MOTION_ID, BODY_ID, GA, PROPOSER, "  Shared charter ", "\r\nLine one\r\n\r\nLine two\n ",
                "  ", Language.FR, T0);

        assertThat(motion.status()).isEqualTo(MotionStatus.DRAFT);
        assertThat(motion.number()).isNull();
        assertThat(motion.submittedAt()).isNull();
        assertThat(motion.title()).isEqualTo("Shared charter");
        assertThat(motion.text()).isEqualTo("Line one\n\nLine two");
        assertThat(motion.rationale()).isNull();
        assertThat(motion.language()).isEqualTo(Language.FR);
        assertThat(motion.id()).isEqualTo(MOTION_ID);
        assertThat(motion.bodyId()).isEqualTo(BODY_ID);
        assertThat(motion.bodyCode()).isEqualTo(GA);
        assertThat(motion.proposerNetworkId()).isEqualTo(PROPOSER);
        assertThat(motion.draftedAt()).isEqualTo(T0);
        assertThat(motion.versions()).containsExactly(
                new MotionVersion(1, "Shared charter", "Line one\n\nLine two", T0, PROPOSER, null));
        assertThat(motion.seconds()).isEmpty();
        assertThat(motion).hasToString("Motion (draft 100)");
    }

    @Test
    void aDraftIsSeenOnlyByTheProposingNetworkUntilSubmitted() {
        Motion motion = MotionFixtures.draft();

        assertThat(motion.isVisibleTo(PROPOSER)).isTrue();
        assertThat(motion.isVisibleTo(OTHER)).isFalse();
        assertThat(motion.isVisibleTo(null)).isFalse();

        motion.submit(number(7), at(1));

        assertThat(motion.isVisibleTo(OTHER)).isTrue();
        assertThat(motion.isVisibleTo(null)).isTrue();
    }

    @Test
    void everyInvalidValueOfADraftIsReportedAtOnce() {
        assertThatThrownBy(() -> draftWith(" ", "x".repeat(Motion.TEXT_MAX + 1), "r".repeat(Motion.RATIONALE_MAX + 1), null))
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                        .extracting(InvalidValueException::field, InvalidValueException::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("title", "value.required"),
                                org.assertj.core.groups.Tuple.tuple("text", "value.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("rationale", "value.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("language", "value.required")));
    }

    @Test
    void theLimitsAreInclusive() {
        Motion motion = draftWith("t".repeat(Motion.TITLE_MAX), "x".repeat(Motion.TEXT_MAX), "r".repeat(Motion.RATIONALE_MAX),
                Language.ES);

        assertThat(motion.title()).hasSize(200);
        assertThat(motion.text()).hasSize(100_000);
        assertThat(motion.rationale()).hasSize(20_000);
    }

    @Test
    void aTitleTooLongOrWithControlCharactersIsRefused() {
        assertSingleViolation(() -> draftWith("t".repeat(201), "text", null, Language.EN), "title", "value.tooLong");
        assertSingleViolation(() -> draftWith("a\nb", "text", null, Language.EN), "title", "value.controlCharacters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void aTextIsRequired(String blank) {
        assertSingleViolation(() -> draftWith("Title", blank, null, Language.EN), "text", "value.required");
        assertSingleViolation(() -> draftWith("Title", null, null, Language.EN), "text", "value.required");
    }

    @Test
    void aTextKeepsLineBreaksAndTabsButRefusesOtherControlCharacters() {
        assertThat(draftWith("Title", "a\tb\nc", null, Language.EN).text()).isEqualTo("a\tb\nc");
        assertSingleViolation(() -> draftWith("Title", "a\u0000b", null, Language.EN), "text", "value.controlCharacters");
        assertSingleViolation(() -> draftWith("Title", "ok", "bell\u0007", Language.EN), "rationale", "value.controlCharacters");
    }

    @Test
    void aViolationNamesItsFieldAndSaysWhatIsWrong() {
        InvalidValuesException e = (InvalidValuesException) org.assertj.core.api.Assertions
                .catchThrowable(() -> draftWith("t".repeat(201), "text", null, Language.EN));

        assertThat(e.violations().get(0).getMessage()).isEqualTo("At most 200 characters.");
        assertThat(e.violations().get(0).localizedMessage(Language.FR.locale())).isEqualTo("200 caractères au maximum.");
    }

    private static void assertSingleViolation(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                }));
    }

    // editing

    @Test
    void eachEditByTheProposerIsANewVersion() {
        Motion motion = MotionFixtures.draft();

        motion.edit(PROPOSER, "Charter", "First text", "Why", at(1));
        motion.submit(number(7), at(2));
        motion.edit(PROPOSER, "Charter v3", "Second text", null, at(3));

        assertThat(motion.versions()).extracting(MotionVersion::number, MotionVersion::title, MotionVersion::text,
                MotionVersion::when, MotionVersion::authorNetworkId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Shared charter", MotionFixtures.TEXT, T0, PROPOSER),
                        org.assertj.core.groups.Tuple.tuple(2, "Charter", "First text", at(1), PROPOSER),
                        org.assertj.core.groups.Tuple.tuple(3, "Charter v3", "Second text", at(3), PROPOSER));
        assertThat(motion.versions()).allSatisfy(v -> assertThat(v.producedBy()).isEmpty());
        assertThat(motion.currentVersion().number()).isEqualTo(3);
        assertThat(motion.title()).isEqualTo("Charter v3");
        assertThat(motion.text()).isEqualTo("Second text");
        assertThat(motion.rationale()).isNull();
    }

    @Test
    void onlyTheProposerEdits() {
        Motion motion = MotionFixtures.draft();

        assertThatThrownBy(() -> motion.edit(OTHER, "T", "X", null, at(1)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.onlyProposer"));
        assertThat(motion.versions()).hasSize(1);
    }

    @Test
    void noEditOnceAdmitted() {
        Motion motion = MotionFixtures.admitted();

        assertConflict(() -> motion.edit(PROPOSER, "T", "X", null, at(5)), "status", "motion.editClosed");
        assertThat(motion.versions()).hasSize(1);
    }

    @Test
    void anInvalidEditChangesNothing() {
        Motion motion = MotionFixtures.draft();

        assertSingleViolation(() -> motion.edit(PROPOSER, "T", " ", "new rationale", at(1)), "text", "value.required");

        assertThat(motion.versions()).hasSize(1);
        assertThat(motion.text()).isEqualTo(MotionFixtures.TEXT);
        assertThat(motion.rationale()).isEqualTo("Because we share values.");
    }

    // submitting

    @Test
    void submittingGivesTheNumberAndTheTime() {
        Motion motion = MotionFixtures.draft();

        motion.submit(number(7), at(1));

        assertThat(motion.status()).isEqualTo(MotionStatus.SUBMITTED);
        assertThat(motion.number()).hasToString("GA-2026-007");
        assertThat(motion.submittedAt()).isEqualTo(at(1));
        assertThat(motion).hasToString("Motion GA-2026-007");
    }

    @Test
    void aNumberOfAnotherBodyIsRefused() {
        Motion motion = MotionFixtures.draft();

        InvalidValueException e = assertInvalid(() -> motion.submit(new MotionNumber(new BodyCode("SC"), 2026, 1), at(1)),
                "number", "motion.numberOtherBody");
        assertThat(e.getMessage()).isEqualTo("The number SC-2026-001 is not one of this body (GA).");
        assertInvalid(() -> motion.submit(null, at(1)), "number", "value.required");
        assertThat(motion.status()).isEqualTo(MotionStatus.DRAFT);
        assertThat(motion.number()).isNull();
    }

    @Test
    void aMotionIsSubmittedOnce() {
        Motion motion = MotionFixtures.submitted();

        assertIllegalTransition(() -> motion.submit(number(8), at(2)), MotionStatus.SUBMITTED, MotionStatus.SUBMITTED);
        assertThat(motion.number()).isEqualTo(number(7));
    }

    // seconding

    @Test
    void otherNetworksSecondInTheOrderTheyCome() {
        Motion motion = MotionFixtures.submitted();

        motion.second(OTHER, at(2));
        motion.second(THIRD, at(3));

        assertThat(motion.seconds()).containsExactly(new Second(OTHER, at(2)), new Second(THIRD, at(3)));
        assertThat(motion.hasSeconded(OTHER)).isTrue();
        assertThat(motion.hasSeconded(PROPOSER)).isFalse();
    }

    @Test
    void theProposerCannotSecondItsOwnMotion() {
        Motion motion = MotionFixtures.submitted();

        assertConflict(() -> motion.second(PROPOSER, at(2)), "network", "motion.secondOwn");
        assertThat(motion.seconds()).isEmpty();
    }

    @Test
    void aNetworkSecondsOnce() {
        Motion motion = MotionFixtures.submitted();
        motion.second(OTHER, at(2));

        assertConflict(() -> motion.second(OTHER, at(3)), "network", "motion.secondTwice");
        assertThat(motion.seconds()).hasSize(1);
    }

    @Test
    void secondsAreTakenOnlyWhileSubmitted() {
        Motion draft = MotionFixtures.draft();
        Motion admitted = MotionFixtures.admitted();

        assertConflict(() -> draft.second(OTHER, at(1)), "status", "motion.secondClosed");
        assertConflict(() -> admitted.second(THIRD, at(5)), "status", "motion.secondClosed");
        assertThat(draft.seconds()).isEmpty();
        assertThat(admitted.seconds()).hasSize(1);
    }

    @Test
    void theSecondsCannotBeChangedFromOutside() {
        Motion motion = MotionFixtures.submitted();
        motion.second(OTHER, at(2));

        assertThatThrownBy(() -> motion.seconds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> motion.versions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(motion.seconds()).hasSize(1);
    }

    // admission

    @ParameterizedTest(name = "{0} seconds given, {1} required: admitted {2}")
    @CsvSource({"0, 0, true", "0, 1, false", "1, 1, true", "1, 2, false", "2, 2, true", "2, 1, true"})
    void aMotionIsAdmittedWhenItHasTheSecondsTheBodyRequires(int given, int required, boolean admitted) {
        Motion motion = MotionFixtures.submitted();
        long[] seconders = {OTHER, THIRD};
        for (int i = 0; i < given; i++) {
            motion.second(seconders[i], at(2 + i));
        }

        if (admitted) {
            motion.admit(required);
            assertThat(motion.status()).isEqualTo(MotionStatus.ADMITTED);
        } else {
            assertThatThrownBy(() -> motion.admit(required)).isExactlyInstanceOf(ConflictException.class)
                    .hasMessage("Not enough seconds: " + given + " of " + required + ".")
                    .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("motion.secondsMissing"));
            assertThat(motion.status()).isEqualTo(MotionStatus.SUBMITTED);
        }
    }

    @Test
    void theSecondsRequiredAreWithinTheBodysRange() {
        Motion motion = MotionFixtures.submitted();

        assertInvalid(() -> motion.admit(-1), "secondsRequired", "value.range");
        assertInvalid(() -> motion.admit(21), "secondsRequired", "value.range");
        assertThat(motion.status()).isEqualTo(MotionStatus.SUBMITTED);
    }

    @Test
    void aDraftCannotBeAdmittedEvenWithoutSecondsRequired() {
        Motion motion = MotionFixtures.draft();

        assertIllegalTransition(() -> motion.admit(0), MotionStatus.DRAFT, MotionStatus.ADMITTED);
    }

    // agenda, postponement, withdrawal, vote

    @Test
    void anAdmittedMotionGoesOnTheAgendaIsVotedAndAdopted() {
        Motion motion = MotionFixtures.onAgenda();
        assertThat(motion.status()).isEqualTo(MotionStatus.ON_AGENDA);

        motion.startVoting(List.of());
        assertThat(motion.status()).isEqualTo(MotionStatus.VOTING);

        motion.recordOutcome(true);
        assertThat(motion.status()).isEqualTo(MotionStatus.ADOPTED);
    }

    @Test
    void aRejectedMotionIsRejected() {
        Motion motion = MotionFixtures.onAgenda();
        motion.startVoting(List.of());

        motion.recordOutcome(false);

        assertThat(motion.status()).isEqualTo(MotionStatus.REJECTED);
    }

    @Test
    void noOutcomeWithoutAVote() {
        Motion motion = MotionFixtures.onAgenda();

        assertIllegalTransition(() -> motion.recordOutcome(true), MotionStatus.ON_AGENDA, MotionStatus.ADOPTED);
        assertIllegalTransition(() -> motion.recordOutcome(false), MotionStatus.ON_AGENDA, MotionStatus.REJECTED);
    }

    @Test
    void aSubmittedMotionCannotBeVotedOn() {
        Motion motion = MotionFixtures.submitted();

        assertIllegalTransition(() -> motion.startVoting(List.of()), MotionStatus.SUBMITTED, MotionStatus.VOTING);
    }

    @Test
    void anAdmittedMotionMayGoToARemoteBallot() {
        Motion motion = MotionFixtures.admitted();

        motion.startVoting(List.of());

        assertThat(motion.status()).isEqualTo(MotionStatus.VOTING);
    }

    @Test
    void aBallotWithoutQuorumSendsTheMotionBackOnTheAgendaOrBackToAdmitted() {
        Motion fromAgenda = MotionFixtures.onAgenda();
        fromAgenda.startVoting(List.of());
        fromAgenda.returnFromVote(true);
        Motion remote = MotionFixtures.admitted();
        remote.startVoting(List.of());
        remote.returnFromVote(false);

        assertThat(fromAgenda.status()).isEqualTo(MotionStatus.ON_AGENDA);
        assertThat(remote.status()).isEqualTo(MotionStatus.ADMITTED);
        assertIllegalTransition(() -> remote.returnFromVote(false), MotionStatus.ADMITTED, MotionStatus.ADMITTED);
    }

    @Test
    void aMotionUnderVoteCannotBeAdmittedAgainNorPutOnAnotherAgenda() {
        Motion motion = MotionFixtures.onAgenda();
        motion.startVoting(List.of());

        assertIllegalTransition(() -> motion.admit(0), MotionStatus.VOTING, MotionStatus.ADMITTED);
        assertIllegalTransition(motion::putOnAgenda, MotionStatus.VOTING, MotionStatus.ON_AGENDA);
    }

    @Test
    void aSubmittedMotionCannotGoStraightOnTheAgenda() {
        Motion motion = MotionFixtures.submitted();

        assertIllegalTransition(motion::putOnAgenda, MotionStatus.SUBMITTED, MotionStatus.ON_AGENDA);
    }

    @Test
    void aPostponedMotionIsAdmittedAgainWithItsSecondsCheckedThenPutOnAnAgenda() {
        Motion motion = MotionFixtures.onAgenda();

        motion.postpone();
        assertThat(motion.status()).isEqualTo(MotionStatus.POSTPONED);
        assertIllegalTransition(motion::putOnAgenda, MotionStatus.POSTPONED, MotionStatus.ON_AGENDA);
        assertConflict(() -> motion.admit(2), "seconds", "motion.secondsMissing");

        motion.admit(1);
        motion.putOnAgenda();

        assertThat(motion.status()).isEqualTo(MotionStatus.ON_AGENDA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "ADMITTED", "ON_AGENDA", "POSTPONED"})
    void theProposerMayWithdrawUntilVotingStarts(MotionStatus before) {
        Motion motion = in(before);

        motion.withdraw(PROPOSER);

        assertThat(motion.status()).isEqualTo(MotionStatus.WITHDRAWN);
    }

    @Test
    void noWithdrawalOnceVotingHasStarted() {
        Motion motion = MotionFixtures.onAgenda();
        motion.startVoting(List.of());

        assertIllegalTransition(() -> motion.withdraw(PROPOSER), MotionStatus.VOTING, MotionStatus.WITHDRAWN);
        assertThat(motion.status()).isEqualTo(MotionStatus.VOTING);
    }

    @Test
    void aDraftIsNotWithdrawnButSimplyNeverSubmitted() {
        Motion motion = MotionFixtures.draft();

        assertIllegalTransition(() -> motion.withdraw(PROPOSER), MotionStatus.DRAFT, MotionStatus.WITHDRAWN);
    }

    @Test
    void onlyTheProposerWithdraws() {
        Motion motion = MotionFixtures.admitted();

        assertThatThrownBy(() -> motion.withdraw(OTHER)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Only the proposing network may do this."));
        assertThat(motion.status()).isEqualTo(MotionStatus.ADMITTED);
    }

    @Test
    void aWithdrawnMotionStaysWithdrawn() {
        Motion motion = MotionFixtures.admitted();
        motion.withdraw(PROPOSER);

        assertIllegalTransition(() -> motion.admit(0), MotionStatus.WITHDRAWN, MotionStatus.ADMITTED);
        assertIllegalTransition(motion::putOnAgenda, MotionStatus.WITHDRAWN, MotionStatus.ON_AGENDA);
        assertIllegalTransition(motion::postpone, MotionStatus.WITHDRAWN, MotionStatus.POSTPONED);
    }

    private static Motion in(MotionStatus status) {
        return switch (status) {
            case SUBMITTED -> MotionFixtures.submitted();
            case ADMITTED -> MotionFixtures.admitted();
            case ON_AGENDA -> MotionFixtures.onAgenda();
            case POSTPONED -> {
                Motion motion = MotionFixtures.admitted();
                motion.postpone();
                yield motion;
            }
            default -> throw new IllegalArgumentException(status.name());
        };
    }
}
