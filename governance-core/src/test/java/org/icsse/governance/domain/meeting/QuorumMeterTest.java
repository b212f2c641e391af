package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.meeting.MeetingFixtures.A;
import static org.icsse.governance.domain.meeting.MeetingFixtures.B;
import static org.icsse.governance.domain.meeting.MeetingFixtures.C;
import static org.icsse.governance.domain.meeting.MeetingFixtures.CHAIR;
import static org.icsse.governance.domain.meeting.MeetingFixtures.D;
import static org.icsse.governance.domain.meeting.MeetingFixtures.E;
import static org.icsse.governance.domain.meeting.MeetingFixtures.at;
import static org.icsse.governance.domain.meeting.MeetingFixtures.electorate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.network.Weight;
import org.icsse.governance.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class QuorumMeterTest {

    private static Meeting withPresent(Electorate electorate, long... networks) {
        Meeting meeting = MeetingFixtures.inSession();
        for (long network : networks) {
            meeting.checkIn(electorate, network, CHAIR, at(1));
        }
        return meeting;
    }

    @Test
    void theMeterCountsNetworksAndWeightsPresentAgainstTheElectorate() {
        // A..E weigh 1..5, total 15; 60 % of 5 networks = 3, 50 % of 15 = ⌈7.5⌉ = 8
        Meeting meeting = withPresent(electorate(), A, C, E);

        QuorumReading reading = meeting.quorum(electorate(), QuorumRule.of(60, 50));

        assertThat(reading.presentInPerson()).containsExactly(A, C, E);
        assertThat(reading.presentByProxy()).isEmpty();
        assertThat(reading.presentCount()).isEqualTo(3);
        assertThat(reading.presentWeight()).isEqualTo(9);
        assertThat(reading.electorateCount()).isEqualTo(5);
        assertThat(reading.electorateWeight()).isEqualTo(15);
        assertThat(reading.networksNeeded()).isEqualTo(3);
        assertThat(reading.weightNeeded()).isEqualTo(8);
        assertThat(reading.met()).isTrue();
        assertThat(reading.networksShort()).isZero();
        assertThat(reading.weightShort()).isZero();
    }

    @Test
    void bothPartsMustHold() {
        QuorumRule rule = QuorumRule.of(60, 50);

        QuorumReading enoughNetworksTooLittleWeight = withPresent(electorate(), A, B, C).quorum(electorate(), rule);
        assertThat(enoughNetworksTooLittleWeight.presentWeight()).isEqualTo(6);
        assertThat(enoughNetworksTooLittleWeight.met()).isFalse();
        assertThat(enoughNetworksTooLittleWeight.weightShort()).isEqualTo(2);
        assertThat(enoughNetworksTooLittleWeight.networksShort()).isZero();

        QuorumReading enoughWeightTooFewNetworks = withPresent(electorate(), D, E).quorum(electorate(), rule);
        assertThat(enoughWeightTooFewNetworks.presentWeight()).isEqualTo(9);
        assertThat(enoughWeightTooFewNetworks.met()).isFalse();
        assertThat(enoughWeightTooFewNetworks.networksShort()).isEqualTo(1);
    }

    @Test
    void exactlyAtTheThresholdIsMetAndOneBelowIsNot() {
        // ten networks of weight 1: 50 % needs exactly 5 networks and 5 of weight
        Electorate ten = electorate(1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 9, 1, 10, 1);
        QuorumRule rule = QuorumRule.of(50, 50);

        QuorumReading atThreshold = withPresent(ten, 1, 2, 3, 4, 5).quorum(ten, rule);
        QuorumReading oneBelow = withPresent(ten, 1, 2, 3, 4).quorum(ten, rule);

        assertThat(atThreshold.networksNeeded()).isEqualTo(5);
        assertThat(atThreshold.met()).isTrue();
        assertThat(oneBelow.met()).isFalse();
        assertThat(oneBelow.networksShort()).isEqualTo(1);
    }

    @Test
    void aThresholdIsRoundedUp() {
        // 50 % of 5 networks = ⌈2.5⌉ = 3
        QuorumRule rule = QuorumRule.of(50, 0);

        assertThat(withPresent(electorate(), A, B).quorum(electorate(), rule).met()).isFalse();
        assertThat(withPresent(electorate(), A, B, C).quorum(electorate(), rule).met()).isTrue();
    }

    @Test
    void withEveryoneAbsentOnlyARuleOfZeroIsMet() {
        Meeting meeting = MeetingFixtures.inSession();

        QuorumReading reading = meeting.quorum(electorate(), QuorumRule.of(1, 0));

        assertThat(reading.presentCount()).isZero();
        assertThat(reading.presentWeight()).isZero();
        assertThat(reading.networksNeeded()).as("⌈1 % of 5⌉").isEqualTo(1);
        assertThat(reading.met()).isFalse();
        assertThat(meeting.quorum(electorate(), QuorumRule.NONE).met()).isTrue();
    }

    @Test
    void anEmptyElectorateMeetsAnyQuorumAsTheQuorumRuleReadsIt() {
        Meeting meeting = MeetingFixtures.inSession();

        QuorumReading reading = meeting.quorum(Electorate.EMPTY, QuorumRule.of(100, 100));

        assertThat(reading.electorateCount()).isZero();
        assertThat(reading.electorateWeight()).isZero();
        assertThat(reading.networksNeeded()).isZero();
        assertThat(reading.weightNeeded()).isZero();
        assertThat(reading.met()).as("⌈q·0⌉ = 0: nothing is needed").isTrue();
    }

    @Test
    void aProxyCountsWhenItsHolderIsPresent() {
        Meeting meeting = withPresent(electorate(), B);
        meeting.giveProxy(electorate(), A, B, 2, at(2));
        meeting.giveProxy(electorate(), E, B, 2, at(2));

        QuorumReading reading = meeting.quorum(electorate(), QuorumRule.of(60, 50));

        assertThat(reading.presentInPerson()).containsExactly(B);
        assertThat(reading.presentByProxy()).containsExactly(Map.entry(A, B), Map.entry(E, B));
        assertThat(reading.presentCount()).isEqualTo(3);
        assertThat(reading.presentWeight()).isEqualTo(1 + 2 + 5);
        assertThat(reading.met()).isTrue();
    }

    @Test
    void aProxyDoesNotCountWhileItsHolderIsAbsent() {
        Meeting meeting = withPresent(electorate(), C);
        meeting.giveProxy(electorate(), A, B, 2, at(2));

        QuorumReading reading = meeting.quorum(electorate(), QuorumRule.NONE);
        assertThat(reading.presentByProxy()).isEmpty();
        assertThat(reading.presentCount()).isEqualTo(1);

        meeting.checkIn(electorate(), B, CHAIR, at(3));
        assertThat(meeting.quorum(electorate(), QuorumRule.NONE).presentByProxy()).containsEntry(A, B);

        meeting.checkOut(B, at(4));
        assertThat(meeting.quorum(electorate(), QuorumRule.NONE).presentByProxy()).as("the holder left").isEmpty();
    }

    @Test
    void aRevokedProxyNoLongerCounts() {
        Meeting meeting = withPresent(electorate(), B);
        meeting.giveProxy(electorate(), A, B, 2, at(2));
        meeting.revokeProxy(A, at(3));

        assertThat(meeting.quorum(electorate(), QuorumRule.NONE).presentCount()).isEqualTo(1);
    }

    @Test
    void aGiverPresentInPersonCountsOnce() {
        Meeting meeting = withPresent(electorate(), A, B);
        meeting.giveProxy(electorate(), A, B, 2, at(2));

        QuorumReading reading = meeting.quorum(electorate(), QuorumRule.NONE);

        assertThat(reading.presentInPerson()).containsExactly(A, B);
        assertThat(reading.presentByProxy()).isEmpty();
        assertThat(reading.presentCount()).isEqualTo(2);
        assertThat(reading.presentWeight()).isEqualTo(3);
    }

    @Test
    void networksNoLongerInTheElectorateDoNotCount() {
        Meeting meeting = withPresent(electorate(), A, B);
        meeting.giveProxy(electorate(), C, A, 2, at(2));
        Electorate withoutA = electorate(B, 2, C, 3, D, 4, E, 5);

        QuorumReading reading = meeting.quorum(withoutA, QuorumRule.NONE);

        assertThat(reading.presentInPerson()).containsExactly(B);
        assertThat(reading.presentByProxy()).as("its holder is no longer entitled").isEmpty();
        assertThat(reading.electorateCount()).isEqualTo(4);
        assertThat(reading.electorateWeight()).isEqualTo(14);
    }

    // property: the meter agrees with the arithmetic of the design, whatever the electorate, rule and attendance

    /** What each network does: 0 stays away, 1 checks in, 2 gives its proxy to the network of the given index. */
    record Conduct(int action, int holderIndex) {
    }

    record Scenario(List<Integer> weights, List<Conduct> conducts) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.integers().between(0, 25).flatMap(n -> {
            Arbitrary<List<Integer>> weights = Arbitraries.integers().between(1, Weight.MAX).list().ofSize(n);
            Arbitrary<Conduct> conduct = Arbitraries.integers().between(0, 2).flatMap(action ->
                    Arbitraries.integers().between(0, Math.max(0, n - 1)).map(index -> new Conduct(action, index)));
            return weights.flatMap(w -> conduct.list().ofSize(n).map(c -> new Scenario(w, c)));
        });
    }

    @Property(tries = 1000)
    void theMeterIsTheArithmeticOfTheQuorumRule(@ForAll("scenarios") Scenario scenario,
            @ForAll @IntRange(min = 0, max = 100) int networksPercent, @ForAll @IntRange(min = 0, max = 100) int weightPercent,
            @ForAll @IntRange(min = 0, max = 10) int cap) {
        int n = scenario.weights().size();
        Map<Long, Weight> weights = new HashMap<>();
        for (int i = 0; i < n; i++) {
            weights.put(1000L + i, new Weight(scenario.weights().get(i)));
        }
        Electorate electorate = new Electorate(weights);
        Meeting meeting = MeetingFixtures.inSession();
        Set<Long> checkedIn = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (scenario.conducts().get(i).action() == 1) {
                meeting.checkIn(electorate, 1000L + i, CHAIR, at(1));
                checkedIn.add(1000L + i);
            }
        }
        Map<Long, Long> accepted = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Conduct conduct = scenario.conducts().get(i);
            if (conduct.action() == 2) {
                try {
                    meeting.giveProxy(electorate, 1000L + i, 1000L + conduct.holderIndex(), cap, at(2));
                    accepted.put(1000L + i, 1000L + conduct.holderIndex());
                } catch (ConflictException | org.icsse.governance.domain.shared.InvalidValueException refused) {
                    // refused by the rules of proxies: cap, chain, self
                }
            }
        }

        QuorumReading reading = meeting.quorum(electorate, QuorumRule.of(networksPercent, weightPercent));

        Set<Long> present = new HashSet<>(checkedIn);
        accepted.forEach((giver, holder) -> {
            if (checkedIn.contains(holder)) {
                present.add(giver);
            }
        });
        long presentCount = present.size();
        long presentWeight = present.stream().mapToLong(id -> weights.get(id).value()).sum();
        long electorateWeight = scenario.weights().stream().mapToLong(Integer::longValue).sum();
        long networksNeeded = ceilPercent(networksPercent, n);
        long weightNeeded = ceilPercent(weightPercent, electorateWeight);

        assertThat(reading.presentCount()).isEqualTo(presentCount);
        assertThat(reading.presentWeight()).isEqualTo(presentWeight);
        assertThat(reading.electorateCount()).isEqualTo(n);
        assertThat(reading.electorateWeight()).isEqualTo(electorateWeight);
        assertThat(reading.networksNeeded()).isEqualTo(networksNeeded);
        assertThat(reading.weightNeeded()).isEqualTo(weightNeeded);
        assertThat(reading.met()).isEqualTo(presentCount >= networksNeeded && presentWeight >= weightNeeded);
        assertThat(accepted.values().stream().filter(h -> accepted.values().stream().filter(h::equals).count() > cap))
                .as("no holder over the cap").isEmpty();
        assertThat(java.util.Collections.disjoint(accepted.keySet(), accepted.values())).as("no chain").isTrue();
    }

    /** ⌈percent·total/100⌉, directly. */
    private static long ceilPercent(int percent, long total) {
        return (percent * total + 99) / 100;
    }

    @Test
    void aReadingRefusesAPresenceOutsideItsElectorate() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QuorumReading(Set.of(1L, 2L), Map.of(), 2, 1, 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QuorumReading(Set.of(1L), Map.of(1L, 2L), 1, 5, 5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ArrayList<>(new QuorumReading(Set.of(2L, 1L), Map.of(), 2, 2, 2, 0, 0).presentInPerson()))
                .containsExactly(1L, 2L);
    }
}
