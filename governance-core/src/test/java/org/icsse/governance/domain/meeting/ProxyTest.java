package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.meeting.MeetingFixtures.A;
import static org.icsse.governance.domain.meeting.MeetingFixtures.B;
import static org.icsse.governance.domain.meeting.MeetingFixtures.C;
import static org.icsse.governance.domain.meeting.MeetingFixtures.D;
import static org.icsse.governance.domain.meeting.MeetingFixtures.E;
import static org.icsse.governance.domain.meeting.MeetingFixtures.OUTSIDER;
import static org.icsse.governance.domain.meeting.MeetingFixtures.assertConflict;
import static org.icsse.governance.domain.meeting.MeetingFixtures.at;
import static org.icsse.governance.domain.meeting.MeetingFixtures.electorate;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyTest {

    @Test
    void aProxyIsGivenToAnotherNetworkOfTheElectorate() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        Proxy proxy = meeting.giveProxy(electorate(), A, B, 1, at(-60));

        assertThat(proxy.giverNetworkId()).isEqualTo(A);
        assertThat(proxy.holderNetworkId()).isEqualTo(B);
        assertThat(proxy.givenAt()).isEqualTo(at(-60));
        assertThat(proxy.isActive()).isTrue();
        assertThat(meeting.activeProxyOf(A)).contains(proxy);
        assertThat(meeting.proxiesHeldBy(B)).containsExactly(proxy);
        assertThat(meeting.activeProxies()).containsExactly(proxy);
    }

    @Test
    void aHolderCarriesAtMostTheCap() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, E, 2, at(1));
        meeting.giveProxy(electorate(), B, E, 2, at(2));

        assertConflict(() -> meeting.giveProxy(electorate(), C, E, 2, at(3)), "holder", "proxy.capReached");
        assertThat(meeting.proxiesHeldBy(E)).hasSize(2);
        assertThat(meeting.giveProxy(electorate(), C, D, 2, at(3)).holderNetworkId()).as("another holder").isEqualTo(D);
    }

    @Test
    void aRevokedProxyFreesAPlaceUnderTheCap() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, E, 1, at(1));
        meeting.revokeProxy(A, at(2));

        meeting.giveProxy(electorate(), B, E, 1, at(3));

        assertThat(meeting.proxiesHeldBy(E)).extracting(Proxy::giverNetworkId).containsExactly(B);
    }

    @Test
    void aCapOfZeroMeansTheBodyAllowsNoProxy() {
        Meeting meeting = MeetingFixtures.inSession();

        assertConflict(() -> meeting.giveProxy(electorate(), A, B, 0, at(1)), "holder", "proxy.notAllowed");
        assertThat(meeting.proxies()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void aCapOutsideTheBodysRangeIsRefused(int cap) {
        assertInvalid(() -> MeetingFixtures.inSession().giveProxy(electorate(), A, B, cap, at(1)), "cap", "value.range");
    }

    @Test
    void chainsOfProxiesAreRefusedBothWays() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, B, 3, at(1));

        assertConflict(() -> meeting.giveProxy(electorate(), C, A, 3, at(2)), "holder", "proxy.holderGives");
        assertConflict(() -> meeting.giveProxy(electorate(), B, C, 3, at(2)), "giver", "proxy.giverHolds");
        assertThat(meeting.activeProxies()).hasSize(1);
    }

    @Test
    void aNetworkGivesOneProxyAtATime() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, B, 3, at(1));

        assertConflict(() -> meeting.giveProxy(electorate(), A, C, 3, at(2)), "giver", "proxy.alreadyGiven");

        meeting.revokeProxy(A, at(3));
        meeting.giveProxy(electorate(), A, C, 3, at(4));
        assertThat(meeting.activeProxyOf(A)).map(Proxy::holderNetworkId).contains(C);
        assertThat(meeting.proxies()).as("the revoked proxy stays on record").hasSize(2);
    }

    @Test
    void giverAndHolderAreDistinctNetworksOfTheElectorate() {
        Meeting meeting = MeetingFixtures.inSession();

        assertInvalid(() -> meeting.giveProxy(electorate(), A, A, 3, at(1)), "holder", "proxy.self");
        assertConflict(() -> meeting.giveProxy(electorate(), OUTSIDER, A, 3, at(1)), "giver", "proxy.notElector");
        assertConflict(() -> meeting.giveProxy(electorate(), A, OUTSIDER, 3, at(1)), "holder", "proxy.notElector");
        assertThat(meeting.proxies()).isEmpty();
    }

    @Test
    void proxiesAreGivenUntilTheMeetingIsClosed() {
        MeetingFixtures.adjourned().giveProxy(electorate(), A, B, 1, at(1));
        assertConflict(() -> MeetingFixtures.closed().giveProxy(electorate(), A, B, 1, at(1)), "status", "meeting.closed");
    }

    @Test
    void aProxyIsRevokedBeforeTheFirstBallotOpens() {
        Meeting meeting = MeetingFixtures.inSession();
        Proxy given = meeting.giveProxy(electorate(), A, B, 1, at(1));

        meeting.revokeProxy(A, at(2));

        assertThat(meeting.activeProxyOf(A)).isEmpty();
        assertThat(meeting.proxies()).singleElement().satisfies(p -> {
            assertThat(p.isActive()).isFalse();
            assertThat(p.revokedAt()).isEqualTo(at(2));
            assertThat(p.givenAt()).isEqualTo(given.givenAt());
        });
    }

    @Test
    void aProxyCannotBeRevokedOnceTheFirstBallotHasOpened() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, B, 2, at(1));
        assertThat(meeting.proxiesRevocable()).isTrue();

        meeting.firstBallotOpened(at(10));

        assertThat(meeting.proxiesRevocable()).isFalse();
        assertConflict(() -> meeting.revokeProxy(A, at(11)), "giver", "proxy.revocationClosed");
        assertThat(meeting.activeProxyOf(A)).isPresent();
    }

    @Test
    void revocationStaysClosedAfterAnAdjournment() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, B, 2, at(1));
        meeting.firstBallotOpened(at(10));
        meeting.adjourn();
        meeting.resume();

        assertConflict(() -> meeting.revokeProxy(A, at(200)), "giver", "proxy.revocationClosed");
    }

    @Test
    void aProxyGivenAfterTheFirstBallotStaysUntilTheEnd() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.firstBallotOpened(at(10));

        meeting.giveProxy(electorate(), C, D, 2, at(20));

        assertConflict(() -> meeting.revokeProxy(C, at(21)), "giver", "proxy.revocationClosed");
    }

    @Test
    void theFirstBallotIsMarkedOnceAndOnlyInSession() {
        Meeting meeting = MeetingFixtures.inSession();

        meeting.firstBallotOpened(at(10));
        meeting.firstBallotOpened(at(20));

        assertThat(meeting.firstBallotOpenedAt()).isEqualTo(at(10));
        assertConflict(() -> MeetingFixtures.plannedWithAgenda().firstBallotOpened(at(1)), "status", "meeting.notInSession");
        assertConflict(() -> MeetingFixtures.adjourned().firstBallotOpened(at(1)), "status", "meeting.notInSession");
    }

    @Test
    void onlyAGivenProxyIsRevokedAndNotBeforeItWasGiven() {
        Meeting meeting = MeetingFixtures.inSession();
        assertConflict(() -> meeting.revokeProxy(A, at(1)), "giver", "proxy.noneGiven");

        meeting.giveProxy(electorate(), A, B, 1, at(5));
        assertInvalid(() -> meeting.revokeProxy(A, at(4)), "when", "proxy.revokedBeforeGiven");
        meeting.revokeProxy(A, at(6));
        assertConflict(() -> meeting.revokeProxy(A, at(7)), "giver", "proxy.noneGiven");
    }

    @Test
    void aClosedMeetingsProxiesAreNoLongerRevoked() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.giveProxy(electorate(), A, B, 1, at(1));
        meeting.adjourn();
        meeting.close();

        assertThat(meeting.proxiesRevocable()).isFalse();
        assertConflict(() -> meeting.revokeProxy(A, at(2)), "status", "meeting.closed");
    }
}
