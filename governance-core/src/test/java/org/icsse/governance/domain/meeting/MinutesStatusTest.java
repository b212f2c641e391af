package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.meeting.MinutesStatus.APPROVED;
import static org.icsse.governance.domain.meeting.MinutesStatus.CIRCULATED;
import static org.icsse.governance.domain.meeting.MinutesStatus.DRAFT;

import java.util.List;
import java.util.Set;

import org.icsse.governance.domain.shared.Transitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinutesStatusTest {

    /** The workflow of minutes of issue 4 (with the return to draft for a correction), written out independently of the enum. */
    private static final Set<List<MinutesStatus>> ALLOWED = Set.of(
            List.of(DRAFT, CIRCULATED),
            List.of(CIRCULATED, DRAFT),
            List.of(CIRCULATED, APPROVED));

    static List<Arguments> everyPair() {
        return Transitions.everyPair(MinutesStatus.class, ALLOWED);
    }

    @Test
    void theTableCoversAllNinePairs() {
        assertThat(everyPair()).hasSize(9);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void aTransitionSucceedsExactlyWhenTheWorkflowAllowsIt(MinutesStatus from, MinutesStatus to, boolean allowed) {
        Transitions.assertTransition(from, to, allowed, MinutesStatus::canBecome, MinutesStatus::transitionTo);
    }

    @Test
    void onlyApprovedIsFinal() {
        assertThat(MinutesStatus.values()).filteredOn(MinutesStatus::isFinal).containsExactly(APPROVED);
    }

    @Test
    void aDraftIsNeverApprovedWithoutCirculation() {
        assertThat(DRAFT.canBecome(APPROVED)).isFalse();
    }

    @Test
    void theNextStatusesCannotBeChangedThroughTheReturnedSet() {
        CIRCULATED.next().clear();
        assertThat(CIRCULATED.next()).containsExactlyInAnyOrder(DRAFT, APPROVED);
    }
}
