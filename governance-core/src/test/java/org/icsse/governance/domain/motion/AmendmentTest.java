package org.icsse.governance.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.motion.MotionFixtures.OTHER;
import static org.icsse.governance.domain.motion.MotionFixtures.PROPOSER;
import static org.icsse.governance.domain.motion.MotionFixtures.THIRD;
import static org.icsse.governance.domain.motion.MotionFixtures.at;
import static org.icsse.governance.domain.motion.MotionFixtures.decidedAmendment;
import static org.icsse.governance.domain.motion.MotionFixtures.number;
import static org.icsse.governance.domain.motion.MotionFixtures.submittedAmendment;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.util.List;

import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmendmentTest {

    private static void assertConflict(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isExactlyInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    assertThat(((ConflictException) e).field()).as("field").isEqualTo(field);
                    assertThat(((ConflictException) e).messageKey()).as("key").isEqualTo(key);
                });
    }

    // proposing

    @Test
    void anAmendmentToAnAdmittedMotionIsADraftOfTheSameBody() {
        Motion motion = MotionFixtures.admitted();

        Amendment amendment = motion.proposeAmendment(500L, OTHER, "Amendment title", 2, "It publishes it in every language.", null, at(10));

        assertThat(amendment.id()).isEqualTo(500L);
        assertThat(amendment.motionId()).isEqualTo(motion.id());
        assertThat(amendment.bodyId()).isEqualTo(motion.bodyId());
        assertThat(amendment.bodyCode()).isEqualTo(motion.bodyCode());
        assertThat(amendment.proposerNetworkId()).isEqualTo(OTHER);
        assertThat(amendment.paragraph()).contains(2);
        assertThat(amendment.replacesWholeText()).isFalse();
        assertThat(amendment.text()).isEqualTo("It publishes it in every language.");
        assertThat(amendment.proposedAt()).isEqualTo(at(10));
        assertThat(amendment.status()).isEqualTo(MotionStatus.DRAFT);
        assertThat(amendment).hasToString("Amendment (draft 500) to motion 100");
        assertThat(motion.amendmentIds()).containsExactly(500L);
    }

    @Test
    void theProposerOfTheMotionMayAmendItToo() {
        Motion motion = MotionFixtures.onAgenda();

        Amendment amendment = motion.proposeAmendment(500L, PROPOSER, "Amendment title", null, "A whole new text.", null, at(10));

        assertThat(amendment.replacesWholeText()).isTrue();
        assertThat(amendment.paragraph()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DRAFT", "SUBMITTED", "POSTPONED", "VOTING", "ADOPTED", "WITHDRAWN"})
    void onlyAnAdmittedMotionOrOneOnTheAgendaIsAmended(MotionStatus status) {
        Motion motion = motionIn(status);

        assertConflict(() -> motion.proposeAmendment(500L, OTHER, "Amendment title", null, "New", null, at(10)), "status", "amendment.motionClosed");
        assertThat(motion.amendmentIds()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4})
    void theParagraphMustExist(int paragraph) {
        Motion motion = MotionFixtures.admitted();

        var e = assertInvalid(() -> motion.proposeAmendment(500L, OTHER, "Amendment title", paragraph, "New", null, at(10)), "paragraph", "value.range");
        assertThat(e.arguments()).containsExactly(1, 3);
        assertThat(motion.amendmentIds()).isEmpty();
    }

    @Test
    void aReplacementParagraphIsOneParagraph() {
        Motion motion = MotionFixtures.admitted();

        assertInvalid(() -> motion.proposeAmendment(500L, OTHER, "Amendment title", 1, "One.\n\nTwo.", null, at(10)), "text",
                "amendment.paragraphBlankLine");
        assertThat(motion.proposeAmendment(501L, OTHER, "Amendment title", null, "One.\n\nTwo.", null, at(10)).text()).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void aReplacementTextIsRequired() {
        Motion motion = MotionFixtures.admitted();

        assertInvalid(() -> motion.proposeAmendment(500L, OTHER, "Amendment title", null, "  ", null, at(10)), "text", "value.required");
        assertInvalid(() -> motion.proposeAmendment(500L, OTHER, "Amendment title", null, "x".repeat(Motion.TEXT_MAX + 1), null, at(10)), "text",
                "value.tooLong");
        assertThat(motion.amendmentIds()).isEmpty();
    }

    @Test
    void anAmendmentHasATitleOfOneLineAndAnOptionalRationale() {
        Motion motion = MotionFixtures.admitted();

        Amendment amendment = motion.proposeAmendment(500L, OTHER, "  Every language  ", null, "New", "  Because.  ", at(10));
        assertThat(amendment.title()).isEqualTo("Every language");
        assertThat(amendment.rationale()).isEqualTo("Because.");
        assertThat(motion.proposeAmendment(501L, OTHER, "T", null, "New", "  ", at(10)).rationale()).isNull();

        assertInvalid(() -> motion.proposeAmendment(502L, OTHER, " ", null, "New", null, at(10)), "title", "value.required");
        assertInvalid(() -> motion.proposeAmendment(502L, OTHER, "x".repeat(Motion.TITLE_MAX + 1), null, "New", null, at(10)),
                "title", "value.tooLong");
        assertInvalid(() -> motion.proposeAmendment(502L, OTHER, "T", null, "New", "x".repeat(Motion.RATIONALE_MAX + 1), at(10)),
                "rationale", "value.tooLong");
        assertThat(motion.amendmentIds()).containsExactly(500L, 501L);
    }

    @Test
    void anAmendmentRefusedForSeveralFieldsReportsThemAllAtOnce() {
        Motion motion = MotionFixtures.admitted();

        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.icsse.governance.domain.shared.InvalidValuesException.class,
                () -> motion.proposeAmendment(500L, OTHER, "", null, "", null, at(10)));

        assertThat(thrown.violations()).extracting(v -> v.field()).containsExactly("title", "text");
    }

    @Test
    void theParagraphsAreTheBlocksBetweenBlankLines() {
        Motion motion = Motion.draft(1L, 1L, MotionFixtures.GA, PROPOSER, "T", "One\nstill one\n\n  \t \nTwo\n\n\n\nThree", null,
                Language.EN, at(0));

        assertThat(motion.paragraphs()).containsExactly("One\nstill one", "Two", "Three");
    }

    // seconding and workflow, as for a motion

    @Test
    void anAmendmentIsSecondedLikeAMotion() {
        Motion motion = MotionFixtures.admitted();
        Amendment amendment = motion.proposeAmendment(500L, OTHER, "Amendment title", null, "New", null, at(10));

        assertConflict(() -> amendment.second(THIRD, at(11)), "status", "motion.secondClosed");
        amendment.submit(number(12), at(11));
        assertConflict(() -> amendment.second(OTHER, at(12)), "network", "motion.secondOwn");
        assertConflict(() -> amendment.admit(1), "seconds", "motion.secondsMissing");
        amendment.second(PROPOSER, at(12));
        assertConflict(() -> amendment.second(PROPOSER, at(13)), "network", "motion.secondTwice");
        amendment.admit(1);

        assertThat(amendment.status()).isEqualTo(MotionStatus.ADMITTED);
        assertThat(amendment.number()).hasToString("GA-2026-012");
        assertThat(amendment).hasToString("Amendment GA-2026-012 to motion 100");
        assertThat(amendment.seconds()).containsExactly(new Second(PROPOSER, at(12)));
    }

    @Test
    void anAmendmentFollowsTheWorkflow() {
        Motion motion = MotionFixtures.admitted();
        Amendment amendment = submittedAmendment(motion, 500L, null, "New", 12);

        assertThatThrownBy(amendment::startVoting).isInstanceOf(IllegalTransitionException.class);
        amendment.admit(1);
        amendment.postpone();
        amendment.admit(1);
        amendment.putOnAgenda();
        amendment.startVoting();
        assertThat(amendment.status()).isEqualTo(MotionStatus.VOTING);
        assertThatThrownBy(() -> amendment.withdraw(OTHER)).isInstanceOf(IllegalTransitionException.class);
        amendment.recordOutcome(false);

        assertThat(amendment.status()).isEqualTo(MotionStatus.REJECTED);
    }

    @Test
    void theProposerOfTheAmendmentWithdrawsIt() {
        Motion motion = MotionFixtures.admitted();
        Amendment amendment = submittedAmendment(motion, 500L, null, "New", 12);

        assertThatThrownBy(() -> amendment.withdraw(PROPOSER)).isInstanceOf(
                org.icsse.governance.domain.shared.AccessDeniedException.class);
        amendment.withdraw(OTHER);

        assertThat(amendment.status()).isEqualTo(MotionStatus.WITHDRAWN);
    }

    // the motion's vote waits for its amendments

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "ADMITTED", "ON_AGENDA", "POSTPONED", "VOTING"})
    void theMotionIsNotPutToTheVoteWhileAnAmendmentIsUndecided(MotionStatus amendmentStatus) {
        Motion motion = MotionFixtures.onAgenda();
        Amendment decided = decidedAmendment(motion, 500L, null, "New", 12, false);
        Amendment undecided = amendmentIn(motion, 501L, amendmentStatus);

        assertThatThrownBy(() -> motion.startVoting(List.of(decided, undecided)))
                .isExactlyInstanceOf(ConflictException.class)
                .hasMessage("The amendments GA-2026-013 must be decided before the motion is put to the vote.")
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("motion.amendmentsUndecided"));
        assertThat(motion.status()).isEqualTo(MotionStatus.ON_AGENDA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADOPTED", "REJECTED", "WITHDRAWN", "DRAFT"})
    void theMotionIsPutToTheVoteOnceEveryAmendmentIsDecidedOrNeverSubmitted(MotionStatus amendmentStatus) {
        Motion motion = MotionFixtures.onAgenda();
        Amendment amendment = amendmentIn(motion, 501L, amendmentStatus);

        motion.startVoting(List.of(amendment));

        assertThat(motion.status()).isEqualTo(MotionStatus.VOTING);
    }

    @Test
    void everyAmendmentOfTheMotionMustBeGivenToStartItsVote() {
        Motion motion = MotionFixtures.onAgenda();
        submittedAmendment(motion, 500L, null, "New", 12);

        assertThatThrownBy(() -> motion.startVoting(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(motion.status()).isEqualTo(MotionStatus.ON_AGENDA);
    }

    @Test
    void anAmendmentToAnotherMotionIsNotOneOfItsAmendments() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment toAnother = anotherMotionsAdoptedAmendment();

        assertThatThrownBy(() -> motion.startVoting(List.of(toAnother))).isInstanceOf(IllegalArgumentException.class);
        assertThat(motion.status()).isEqualTo(MotionStatus.ON_AGENDA);
    }

    // applying an adopted amendment

    @Test
    void anAdoptedAmendmentOfTheWholeTextBecomesTheNewVersion() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment amendment = decidedAmendment(motion, 500L, null, "A shorter charter.\n\nIn one paragraph more.", 12, true);

        motion.applyAdoptedAmendment(amendment, at(30));

        assertThat(motion.text()).isEqualTo("A shorter charter.\n\nIn one paragraph more.");
        assertThat(motion.title()).isEqualTo("Shared charter");
        assertThat(motion.versions()).hasSize(2);
        MotionVersion version = motion.currentVersion();
        assertThat(version.number()).isEqualTo(2);
        assertThat(version.text()).isEqualTo(motion.text());
        assertThat(version.when()).isEqualTo(at(30));
        assertThat(version.authorNetworkId()).isEqualTo(OTHER);
        assertThat(version.producedBy()).contains(number(12));
        assertThat(motion.versions().get(0).text()).isEqualTo(MotionFixtures.TEXT);
    }

    @Test
    void anAdoptedAmendmentOfOneParagraphReplacesOnlyThatParagraph() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment amendment = decidedAmendment(motion, 500L, 2, "It publishes it in every language it can.", 12, true);

        motion.applyAdoptedAmendment(amendment, at(30));

        assertThat(motion.text()).isEqualTo("The coalition adopts a shared charter.\n\n"
                + "It publishes it in every language it can.\n\nIt reviews it every year.");
        assertThat(motion.currentVersion().producedBy()).contains(number(12));
    }

    @Test
    void twoAdoptedAmendmentsMakeTwoVersionsInTheOrderTheyAreApplied() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment first = decidedAmendment(motion, 500L, 1, "First replaced.", 12, true);
        Amendment third = decidedAmendment(motion, 501L, 3, "Third replaced.", 13, true);

        motion.applyAdoptedAmendment(third, at(30));
        motion.applyAdoptedAmendment(first, at(31));

        assertThat(motion.paragraphs()).containsExactly("First replaced.", "It publishes it in three languages.",
                "Third replaced.");
        assertThat(motion.versions()).extracting(v -> v.producedBy().orElse(null))
                .containsExactly(null, number(13), number(12));
        motion.startVoting(List.of(first, third));
        assertThat(motion.status()).isEqualTo(MotionStatus.VOTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "ADMITTED", "ON_AGENDA", "POSTPONED", "VOTING", "REJECTED", "WITHDRAWN"})
    void anAmendmentNotAdoptedIsNotApplied(MotionStatus status) {
        Motion motion = MotionFixtures.onAgenda();
        Amendment amendment = amendmentIn(motion, 500L, status);

        assertConflict(() -> motion.applyAdoptedAmendment(amendment, at(30)), "amendment", "amendment.notAdopted");
        assertThat(motion.versions()).hasSize(1);
    }

    @Test
    void anAmendmentIsAppliedOnce() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment amendment = decidedAmendment(motion, 500L, null, "New text.", 12, true);
        motion.applyAdoptedAmendment(amendment, at(30));

        assertThatThrownBy(() -> motion.applyAdoptedAmendment(amendment, at(31)))
                .hasMessage("The amendment GA-2026-012 has already been applied.");
        assertThat(motion.versions()).hasSize(2);
    }

    @Test
    void anAmendmentToAnotherMotionIsNotApplied() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment toAnother = anotherMotionsAdoptedAmendment();

        assertConflict(() -> motion.applyAdoptedAmendment(toAnother, at(30)), "amendment", "amendment.otherMotion");
        assertThat(motion.versions()).hasSize(1);
    }

    @Test
    void noAmendmentIsAppliedOnceTheMotionIsVotedOn() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment amendment = decidedAmendment(motion, 500L, null, "New text.", 12, true);
        motion.startVoting(List.of(amendment));

        assertConflict(() -> motion.applyAdoptedAmendment(amendment, at(30)), "status", "amendment.motionClosed");
        assertThat(motion.text()).isEqualTo(MotionFixtures.TEXT);
    }

    @Test
    void aParagraphThatAnEarlierAmendmentRemovedCannotBeReplaced() {
        Motion motion = MotionFixtures.onAgenda();
        Amendment third = decidedAmendment(motion, 500L, 3, "Third replaced.", 12, true);
        Amendment whole = decidedAmendment(motion, 501L, null, "Only one paragraph now.", 13, true);
        motion.applyAdoptedAmendment(whole, at(30));

        assertThatThrownBy(() -> motion.applyAdoptedAmendment(third, at(31)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("amendment.paragraphGone");
                    assertThat(e.arguments()).containsExactly(3, 1);
                });
        assertThat(motion.text()).isEqualTo("Only one paragraph now.");
    }

    private static Amendment anotherMotionsAdoptedAmendment() {
        Motion another = Motion.draft(200L, MotionFixtures.BODY_ID, MotionFixtures.GA, THIRD, "Other", "Other text", null, Language.EN,
                at(0));
        another.submit(number(9), at(1));
        another.second(OTHER, at(2));
        another.admit(1);
        return decidedAmendment(another, 900L, null, "Replaced", 20, true);
    }

    private static Motion motionIn(MotionStatus status) {
        return switch (status) {
            case DRAFT -> MotionFixtures.draft();
            case SUBMITTED -> MotionFixtures.submitted();
            case POSTPONED -> {
                Motion motion = MotionFixtures.admitted();
                motion.postpone();
                yield motion;
            }
            case VOTING, ADOPTED -> {
                Motion motion = MotionFixtures.onAgenda();
                motion.startVoting(List.of());
                if (status == MotionStatus.ADOPTED) {
                    motion.recordOutcome(true);
                }
                yield motion;
            }
            case WITHDRAWN -> {
                Motion motion = MotionFixtures.admitted();
                motion.withdraw(PROPOSER);
                yield motion;
            }
            default -> throw new IllegalArgumentException(status.name());
        };
    }

    /** An amendment (numbered GA-2026-013 once submitted) brought to the given status. */
    private static Amendment amendmentIn(Motion motion, long id, MotionStatus status) {
        if (status == MotionStatus.DRAFT) {
            return motion.proposeAmendment(id, OTHER, "Amendment title", null, "New", null, at(10));
        }
        Amendment amendment = submittedAmendment(motion, id, null, "New", 13);
        switch (status) {
            case SUBMITTED -> { }
            case WITHDRAWN -> amendment.withdraw(OTHER);
            case POSTPONED -> amendment.postpone();
            default -> {
                amendment.admit(1);
                if (status != MotionStatus.ADMITTED) {
                    amendment.putOnAgenda();
                }
                if (status == MotionStatus.VOTING || status == MotionStatus.ADOPTED || status == MotionStatus.REJECTED) {
                    amendment.startVoting();
                }
                if (status == MotionStatus.ADOPTED || status == MotionStatus.REJECTED) {
                    amendment.recordOutcome(status == MotionStatus.ADOPTED);
                }
            }
        }
        assertThat(amendment.status()).isEqualTo(status);
        return amendment;
    }
}
