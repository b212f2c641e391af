package org.icsse.governance.domain.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumRuleTest {

    /** An electorate and a participation within it: counts of networks and summed weights. */
    record Turnout(long presentCount, long presentWeight, long electorateCount, long electorateWeight) {
    }

    @Provide
    Arbitrary<Turnout> turnouts() {
        Arbitrary<Long> electorateCounts = Arbitraries.longs().between(0, 10_000_000_000L);
        Arbitrary<Long> meanWeights = Arbitraries.longs().between(1, 1000);
        return Combinators.combine(electorateCounts, meanWeights)
                .flatAs((electorateCount, meanWeight) -> {
                    long electorateWeight = electorateCount * meanWeight;
                    return Combinators.combine(
                            Arbitraries.longs().between(0, electorateCount),
                            Arbitraries.longs().between(0, electorateWeight))
                            .as((presentCount, presentWeight) -> new Turnout(presentCount, presentWeight, electorateCount,
                                    electorateWeight));
                });
    }

    /** The rational definition: |P|·100 ≥ q_count·|E| and w(P)·100 ≥ q_weight·w(E). */
    private static boolean metByDefinition(int networksPercent, int weightPercent, Turnout t) {
        return atLeast(t.presentCount(), networksPercent, t.electorateCount())
                && atLeast(t.presentWeight(), weightPercent, t.electorateWeight());
    }

    private static boolean atLeast(long present, int percent, long electorate) {
        return BigInteger.valueOf(present).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(percent).multiply(BigInteger.valueOf(electorate))) >= 0;
    }

    @Property(tries = 2000)
    void quorumIsMetExactlyWhenTheRationalDefinitionHolds(@ForAll @IntRange(min = 0, max = 100) int networksPercent,
            @ForAll @IntRange(min = 0, max = 100) int weightPercent, @ForAll("turnouts") Turnout t) {
        QuorumRule rule = QuorumRule.of(networksPercent, weightPercent);

        assertThat(rule.isMet(t.presentCount(), t.presentWeight(), t.electorateCount(), t.electorateWeight()))
                .isEqualTo(metByDefinition(networksPercent, weightPercent, t));
    }

    @Property
    void theThresholdsAreTheExactCeilings(@ForAll @IntRange(min = 0, max = 100) int networksPercent,
            @ForAll @IntRange(min = 0, max = 100) int weightPercent, @ForAll("turnouts") Turnout t) {
        QuorumRule rule = QuorumRule.of(networksPercent, weightPercent);

        assertThat(rule.networksNeeded(t.electorateCount())).isEqualTo(PercentageTest.exactCeiling(networksPercent, t.electorateCount()));
        assertThat(rule.weightNeeded(t.electorateWeight())).isEqualTo(PercentageTest.exactCeiling(weightPercent, t.electorateWeight()));
    }

    @Property
    void oneNetworkShortOfTheThresholdMissesTheQuorum(@ForAll @IntRange(min = 1, max = 100) int networksPercent,
            @ForAll("turnouts") Turnout t) {
        QuorumRule rule = QuorumRule.of(networksPercent, 0);
        long needed = rule.networksNeeded(t.electorateCount());

        assertThat(rule.isMet(needed, t.presentWeight(), t.electorateCount(), t.electorateWeight())).isTrue();
        if (needed > 0) {
            assertThat(rule.isMet(needed - 1, t.presentWeight(), t.electorateCount(), t.electorateWeight())).isFalse();
        }
    }

    @Property
    void zeroPercentSwitchesAPartOff(@ForAll @IntRange(min = 0, max = 100) int percent, @ForAll("turnouts") Turnout t) {
        QuorumRule countOnly = QuorumRule.of(percent, 0);
        QuorumRule weightOnly = QuorumRule.of(0, percent);

        assertThat(countOnly.isMet(t.presentCount(), 0, t.electorateCount(), t.electorateWeight()))
                .isEqualTo(atLeast(t.presentCount(), percent, t.electorateCount()));
        assertThat(weightOnly.isMet(0, t.presentWeight(), t.electorateCount(), t.electorateWeight()))
                .isEqualTo(atLeast(t.presentWeight(), percent, t.electorateWeight()));
    }

    @Property
    void noQuorumRuleIsAlwaysMet(@ForAll("turnouts") Turnout t) {
        assertThat(QuorumRule.NONE.isMet(t.presentCount(), t.presentWeight(), t.electorateCount(), t.electorateWeight())).isTrue();
    }

    @Test
    void anEmptyElectorateMeetsAnyQuorumWithNobody() {
        assertThat(QuorumRule.of(100, 100).isMet(0, 0, 0, 0)).isTrue();
        assertThat(QuorumRule.of(50, 0).networksNeeded(0)).isZero();
    }

    @Test
    void aHundredPercentNeedsEveryoneOnBothParts() {
        QuorumRule everyone = QuorumRule.of(100, 100);

        assertThat(everyone.isMet(10, 37, 10, 37)).isTrue();
        assertThat(everyone.isMet(9, 37, 10, 37)).as("one network short").isFalse();
        assertThat(everyone.isMet(10, 36, 10, 37)).as("one unit of weight short").isFalse();
    }

    @ParameterizedTest(name = "{0} networks of 7, weight {1} of 20 -> {2}")
    @CsvSource({
            "4, 10, true",  // ⌈3.5⌉ = 4 networks, ⌈10⌉ = 10 weight
            "3, 10, false",
            "4, 9, false",
            "7, 20, true",
            "0, 0, false"})
    void aDoubleQuorumNeedsBothParts(long count, long weight, boolean met) {
        assertThat(QuorumRule.of(50, 50).isMet(count, weight, 7, 20)).isEqualTo(met);
    }

    @ParameterizedTest
    @CsvSource({
            "-1, 0, 5, 5",
            "0, -1, 5, 5",
            "6, 5, 5, 5",
            "5, 6, 5, 5",
            "1, 1, 0, 0"})
    void participationOutsideTheElectorateIsRefused(long presentCount, long presentWeight, long electorateCount,
            long electorateWeight) {
        assertThatThrownBy(() -> QuorumRule.of(50, 50).isMet(presentCount, presentWeight, electorateCount, electorateWeight))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPartIsRefusedUnderItsOwnFieldName() {
        assertInvalid(() -> QuorumRule.of(101, 0), "quorum.networksPercent", "value.range");
        assertInvalid(() -> QuorumRule.of(0, -1), "quorum.weightPercent", "value.range");
    }

    @Test
    void bothPartsAreRequired() {
        assertThatThrownBy(() -> new QuorumRule(null, new Percentage("w", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuorumRule(new Percentage("n", 1), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quorumRulesAreEqualByValue() {
        assertThat(QuorumRule.of(50, 25)).isEqualTo(QuorumRule.of(50, 25)).isNotEqualTo(QuorumRule.of(25, 50));
        assertThat(QuorumRule.NONE).isEqualTo(QuorumRule.of(0, 0));
    }
}
