package org.icsse.governance.domain.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.motion.MotionStatus.ADMITTED;
import static org.icsse.governance.domain.motion.MotionStatus.ADOPTED;
import static org.icsse.governance.domain.motion.MotionStatus.DRAFT;
import static org.icsse.governance.domain.motion.MotionStatus.ON_AGENDA;
import static org.icsse.governance.domain.motion.MotionStatus.POSTPONED;
import static org.icsse.governance.domain.motion.MotionStatus.REJECTED;
import static org.icsse.governance.domain.motion.MotionStatus.SUBMITTED;
import static org.icsse.governance.domain.motion.MotionStatus.VOTING;
import static org.icsse.governance.domain.motion.MotionStatus.WITHDRAWN;

import java.util.List;
import java.util.Set;

import org.icsse.governance.domain.shared.Transitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MotionStatusTest {

    /** The workflow of issue 3, written out independently of the enum. */
    private static final Set<List<MotionStatus>> ALLOWED = Set.of(
            List.of(DRAFT, SUBMITTED),
            List.of(SUBMITTED, ADMITTED),
            List.of(SUBMITTED, WITHDRAWN),
            List.of(SUBMITTED, POSTPONED),
            List.of(ADMITTED, ON_AGENDA),
            List.of(ADMITTED, WITHDRAWN),
            List.of(ADMITTED, POSTPONED),
            List.of(ADMITTED, VOTING),
            List.of(ON_AGENDA, VOTING),
            List.of(ON_AGENDA, WITHDRAWN),
            List.of(ON_AGENDA, POSTPONED),
            List.of(VOTING, ADOPTED),
            List.of(VOTING, REJECTED),
            List.of(VOTING, ADMITTED),
            List.of(VOTING, ON_AGENDA),
            List.of(POSTPONED, ADMITTED),
            List.of(POSTPONED, WITHDRAWN));

    static List<Arguments> everyPair() {
        return Transitions.everyPair(MotionStatus.class, ALLOWED);
    }

    @Test
    void theTableCoversAllEightyOnePairs() {
        assertThat(everyPair()).hasSize(81);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void aTransitionSucceedsExactlyWhenTheWorkflowAllowsIt(MotionStatus from, MotionStatus to, boolean allowed) {
        Transitions.assertTransition(from, to, allowed, MotionStatus::canBecome, MotionStatus::transitionTo);
    }

    @Test
    void aPostponedMotionComesBackThroughAdmissionNeverStraightOntoAnAgenda() {
        assertThat(POSTPONED.next()).containsExactlyInAnyOrder(ADMITTED, WITHDRAWN);
        assertThat(POSTPONED.canBecome(ON_AGENDA)).isFalse();
    }

    @Test
    void aBallotWithoutQuorumSendsTheMotionBackWhereItCameFrom() {
        assertThat(VOTING.next()).containsExactlyInAnyOrder(ADOPTED, REJECTED, ADMITTED, ON_AGENDA);
        assertThat(ADMITTED.canBecome(VOTING)).as("a remote ballot on an admitted motion").isTrue();
    }

    @Test
    void adoptedRejectedAndWithdrawnAreFinal() {
        assertThat(MotionStatus.values()).filteredOn(MotionStatus::isFinal).containsExactlyInAnyOrder(ADOPTED, REJECTED, WITHDRAWN);
    }

    @Test
    void undecidedMeansBeforeTheBodyAndNotFinal() {
        assertThat(MotionStatus.values()).filteredOn(MotionStatus::isUndecided)
                .containsExactlyInAnyOrder(SUBMITTED, ADMITTED, ON_AGENDA, VOTING, POSTPONED);
    }

    @Test
    void theNextStatusesCannotBeChangedThroughTheReturnedSet() {
        SUBMITTED.next().clear();
        assertThat(SUBMITTED.next()).containsExactlyInAnyOrder(ADMITTED, WITHDRAWN, POSTPONED);
    }
}
