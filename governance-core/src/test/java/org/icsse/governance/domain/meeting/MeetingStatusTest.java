package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.meeting.MeetingStatus.ADJOURNED;
import static org.icsse.governance.domain.meeting.MeetingStatus.CLOSED;
import static org.icsse.governance.domain.meeting.MeetingStatus.IN_SESSION;
import static org.icsse.governance.domain.meeting.MeetingStatus.PLANNED;

import java.util.List;
import java.util.Set;

import org.icsse.governance.domain.shared.Transitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeetingStatusTest {

    /** The workflow of issue 4, written out independently of the enum. */
    private static final Set<List<MeetingStatus>> ALLOWED = Set.of(
            List.of(PLANNED, IN_SESSION),
            List.of(IN_SESSION, ADJOURNED),
            List.of(ADJOURNED, IN_SESSION),
            List.of(ADJOURNED, CLOSED));

    static List<Arguments> everyPair() {
        return Transitions.everyPair(MeetingStatus.class, ALLOWED);
    }

    @Test
    void theTableCoversAllSixteenPairs() {
        assertThat(everyPair()).hasSize(16);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void aTransitionSucceedsExactlyWhenTheWorkflowAllowsIt(MeetingStatus from, MeetingStatus to, boolean allowed) {
        Transitions.assertTransition(from, to, allowed, MeetingStatus::canBecome, MeetingStatus::transitionTo);
    }

    @Test
    void onlyClosedIsFinal() {
        assertThat(MeetingStatus.values()).filteredOn(MeetingStatus::isFinal).containsExactly(CLOSED);
    }

    @Test
    void aSittingInSessionIsAdjournedBeforeItIsClosed() {
        assertThat(IN_SESSION.canBecome(CLOSED)).isFalse();
        assertThat(ADJOURNED.canBecome(CLOSED)).isTrue();
    }

    @Test
    void theNextStatusesCannotBeChangedThroughTheReturnedSet() {
        ADJOURNED.next().clear();
        assertThat(ADJOURNED.next()).containsExactlyInAnyOrder(IN_SESSION, CLOSED);
    }
}
