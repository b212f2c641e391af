package org.icsse.governance.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.network.NetworkStatus.APPLICANT;
import static org.icsse.governance.domain.network.NetworkStatus.MEMBER;
import static org.icsse.governance.domain.network.NetworkStatus.SUSPENDED;
import static org.icsse.governance.domain.network.NetworkStatus.WITHDRAWN;

import java.util.List;
import java.util.Set;

import org.icsse.governance.domain.shared.Transitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkStatusTest {

    /** The workflow as the register describes it, written out independently of the enum. */
    private static final Set<List<NetworkStatus>> ALLOWED = Set.of(
            List.of(APPLICANT, MEMBER),
            List.of(APPLICANT, WITHDRAWN),
            List.of(MEMBER, SUSPENDED),
            List.of(MEMBER, WITHDRAWN),
            List.of(SUSPENDED, MEMBER),
            List.of(SUSPENDED, WITHDRAWN),
            List.of(WITHDRAWN, APPLICANT));

    static List<Arguments> everyPair() {
        return Transitions.everyPair(NetworkStatus.class, ALLOWED);
    }

    @Test
    void theTableCoversAllSixteenPairs() {
        assertThat(everyPair()).hasSize(16);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void aTransitionSucceedsExactlyWhenTheWorkflowAllowsIt(NetworkStatus from, NetworkStatus to, boolean allowed) {
        Transitions.assertTransition(from, to, allowed, NetworkStatus::canBecome, NetworkStatus::transitionTo);
    }

    @Test
    void aWithdrawnNetworkMayApplyAgain() {
        assertThat(WITHDRAWN.next()).containsExactly(APPLICANT);
    }

    @Test
    void onlyAMemberVotes() {
        assertThat(MEMBER.isVoting()).isTrue();
        assertThat(APPLICANT.isVoting()).isFalse();
        assertThat(SUSPENDED.isVoting()).isFalse();
        assertThat(WITHDRAWN.isVoting()).isFalse();
    }

    @Test
    void theNextStatusesCannotBeChangedThroughTheReturnedSet() {
        MEMBER.next().clear();
        assertThat(MEMBER.next()).containsExactlyInAnyOrder(SUSPENDED, WITHDRAWN);
    }
}
