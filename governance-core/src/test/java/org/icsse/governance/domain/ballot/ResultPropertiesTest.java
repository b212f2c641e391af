package org.icsse.governance.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.network.Weight;

/**
 * {@link Result#decide} agrees with a second, deliberately naive reading of DESIGN.md's "Voting rules": plain
 * loops over the votes and {@link BigInteger} arithmetic, with no use of {@link Tally}, {@link Count} or
 * {@link QuorumRule}'s thresholds.
 */
class ResultPropertiesTest {

    /**
     * An electorate of networks {@code FIRST_ID + i} weighing {@code weights[i]}; {@code choices[i]} is what
     * network i does: 0 stays away, 1 for, 2 against, 3 abstains.
     */
    record Ballot(List<Integer> weights, List<Integer> choices) {
    }

    record Rules(MajorityRule majority, boolean doubleMajority, int networksPercent, int weightPercent) {
    }

    private static final long FIRST_ID = 1_000L;

    @Provide
    Arbitrary<Ballot> ballots() {
        // half the ballots in small electorates, where exact thresholds and ties are likely
        Arbitrary<Integer> size = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(1, 8)),
                Tuple.of(1, Arbitraries.integers().between(1, 5_000)));
        // a heaviest weight per ballot, so that electorates of equal or small weights (and so ties) come up often
        Arbitrary<Integer> heaviest = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(1, 3)),
                Tuple.of(1, Arbitraries.integers().between(1, 100)));
        // how often each conduct comes up in this ballot: 0 never; some ballots have nobody against, or no votes
        Arbitrary<List<Integer>> mix = Arbitraries.integers().between(0, 4).list().ofSize(4);
        return Combinators.combine(size, heaviest, mix).flatAs((n, max, frequencies) -> {
            Arbitrary<List<Integer>> weights = Arbitraries.integers().between(1, max).list().ofSize(n);
            Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 999).list().ofSize(n)
                    .map(draws -> draws.stream().map(draw -> conduct(draw, frequencies)).toList());
            return Combinators.combine(weights, choices).as(Ballot::new);
        });
    }

    /** Picks a conduct 0..3 with the given relative frequencies, from a uniform draw in 0..999. */
    private static int conduct(int draw, List<Integer> frequencies) {
        int total = frequencies.stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int point = draw * total / 1_000;
        for (int conduct = 0; conduct < 4; conduct++) {
            point -= frequencies.get(conduct);
            if (point < 0) {
                return conduct;
            }
        }
        throw new AssertionError("unreachable");
    }

    @Provide
    Arbitrary<Rules> rules() {
        // a third of the quorum parts switched off, so that more ballots get as far as their majority
        Arbitrary<Integer> percent = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(0, 100)));
        return Combinators.combine(Arbitraries.of(MajorityRule.class), Arbitraries.of(true, false), percent, percent)
                .as(Rules::new);
    }

    @Property(tries = 300)
    void decideIsTheArithmeticOfTheVotingRules(@ForAll("ballots") Ballot ballot, @ForAll("rules") Rules rules) {
        int n = ballot.weights().size();
        Map<Long, Weight> weights = new HashMap<>();
        Map<Long, Choice> votes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            weights.put(FIRST_ID + i, new Weight(ballot.weights().get(i)));
            switch (ballot.choices().get(i)) {
                case 1 -> votes.put(FIRST_ID + i, Choice.FOR);
                case 2 -> votes.put(FIRST_ID + i, Choice.AGAINST);
                case 3 -> votes.put(FIRST_ID + i, Choice.ABSTAIN);
                default -> { /* did not vote */ }
            }
        }

        Result result = Result.decide(new BallotRules(rules.majority(), rules.doubleMajority(),
                QuorumRule.of(rules.networksPercent(), rules.weightPercent())), new Electorate(weights), votes);

        Expected expected = Expected.of(ballot, rules);
        assertThat(result.tally().inFavour().networks()).isEqualTo(expected.countFor.longValueExact());
        assertThat(result.tally().inFavour().weight()).isEqualTo(expected.weightFor.longValueExact());
        assertThat(result.tally().against().networks()).isEqualTo(expected.countAgainst.longValueExact());
        assertThat(result.tally().against().weight()).isEqualTo(expected.weightAgainst.longValueExact());
        assertThat(result.tally().abstain().networks()).isEqualTo(expected.countAbstain.longValueExact());
        assertThat(result.tally().abstain().weight()).isEqualTo(expected.weightAbstain.longValueExact());
        assertThat(result.electorate().networks()).isEqualTo(n);
        assertThat(result.electorate().weight()).isEqualTo(expected.weightElectorate.longValueExact());
        assertThat(result.quorumReached()).as("quorum").isEqualTo(expected.quorum);
        assertThat(result.majorityReached()).as("majority").isEqualTo(expected.majority);
        assertThat(result.outcome()).isEqualTo(expected.outcome());
        Statistics.label("outcome").collect(result.outcome());
        Statistics.label("rule").collect(rules.majority(), result.outcome());
    }

    /** DESIGN.md read directly: sums in loops, comparisons of {@link BigInteger}s, thresholds without ceilings. */
    private static final class Expected {
        BigInteger countFor = BigInteger.ZERO;
        BigInteger countAgainst = BigInteger.ZERO;
        BigInteger countAbstain = BigInteger.ZERO;
        BigInteger weightFor = BigInteger.ZERO;
        BigInteger weightAgainst = BigInteger.ZERO;
        BigInteger weightAbstain = BigInteger.ZERO;
        BigInteger weightElectorate = BigInteger.ZERO;
        boolean quorum;
        boolean majority;

        static Expected of(Ballot ballot, Rules rules) {
            Expected e = new Expected();
            BigInteger countElectorate = BigInteger.valueOf(ballot.weights().size());
            for (int i = 0; i < ballot.weights().size(); i++) {
                BigInteger w = BigInteger.valueOf(ballot.weights().get(i));
                e.weightElectorate = e.weightElectorate.add(w);
                switch (ballot.choices().get(i)) {
                    case 1 -> {
                        e.countFor = e.countFor.add(BigInteger.ONE);
                        e.weightFor = e.weightFor.add(w);
                    }
                    case 2 -> {
                        e.countAgainst = e.countAgainst.add(BigInteger.ONE);
                        e.weightAgainst = e.weightAgainst.add(w);
                    }
                    case 3 -> {
                        e.countAbstain = e.countAbstain.add(BigInteger.ONE);
                        e.weightAbstain = e.weightAbstain.add(w);
                    }
                    default -> { }
                }
            }
            BigInteger countP = e.countFor.add(e.countAgainst).add(e.countAbstain);
            BigInteger weightP = e.weightFor.add(e.weightAgainst).add(e.weightAbstain);
            // |P| ≥ ⌈q·|E|/100⌉  ⟺  100·|P| ≥ q·|E|, as |P| is whole
            BigInteger hundred = BigInteger.valueOf(100);
            e.quorum = countP.multiply(hundred).compareTo(countElectorate.multiply(BigInteger.valueOf(rules.networksPercent()))) >= 0
                    && weightP.multiply(hundred).compareTo(e.weightElectorate.multiply(BigInteger.valueOf(rules.weightPercent()))) >= 0;
            boolean anyVote = countP.signum() > 0;
            boolean onWeights = holds(rules.majority(), e.weightFor, e.weightAgainst, e.weightElectorate, e);
            boolean onCounts = holds(rules.majority(), e.countFor, e.countAgainst, countElectorate, e);
            e.majority = anyVote && onWeights && (!rules.doubleMajority() || onCounts);
            return e;
        }

        private static boolean holds(MajorityRule rule, BigInteger f, BigInteger a, BigInteger electorate, Expected e) {
            BigInteger two = BigInteger.TWO;
            BigInteger three = BigInteger.valueOf(3);
            return switch (rule) {
                case SIMPLE -> f.compareTo(a) > 0;
                case ABSOLUTE -> two.multiply(f).compareTo(electorate) > 0;
                case TWO_THIRDS -> three.multiply(f).compareTo(two.multiply(f.add(a))) >= 0 && f.signum() > 0;
                case CONSENSUS -> e.countAgainst.signum() == 0 && e.countFor.compareTo(BigInteger.ONE) >= 0;
            };
        }

        Outcome outcome() {
            if (!quorum) {
                return Outcome.NO_QUORUM;
            }
            return majority ? Outcome.ADOPTED : Outcome.REJECTED;
        }
    }

    @Property(tries = 100)
    void aBallotWithNoVotesNeverAdopts(@ForAll("ballots") Ballot ballot, @ForAll("rules") Rules rules) {
        Map<Long, Weight> weights = new HashMap<>();
        for (int i = 0; i < ballot.weights().size(); i++) {
            weights.put(FIRST_ID + i, new Weight(ballot.weights().get(i)));
        }

        Result result = Result.decide(new BallotRules(rules.majority(), rules.doubleMajority(),
                QuorumRule.of(rules.networksPercent(), rules.weightPercent())), new Electorate(weights), Map.of());

        assertThat(result.majorityReached()).isFalse();
        assertThat(result.outcome()).isIn(Outcome.REJECTED, Outcome.NO_QUORUM);
        assertThat(result.outcome() == Outcome.REJECTED)
                .as("rejected exactly when both quorum parts are 0 %")
                .isEqualTo(rules.networksPercent() == 0 && rules.weightPercent() == 0);
    }

    @Property(tries = 200)
    void aDoubleMajorityNeverAdoptsWhatTheSingleMajorityRejects(@ForAll("ballots") Ballot ballot, @ForAll("rules") Rules rules) {
        Map<Long, Weight> weights = new HashMap<>();
        Map<Long, Choice> votes = new HashMap<>();
        for (int i = 0; i < ballot.weights().size(); i++) {
            weights.put(FIRST_ID + i, new Weight(ballot.weights().get(i)));
            int conduct = ballot.choices().get(i);
            if (conduct > 0) {
                votes.put(FIRST_ID + i, Choice.values()[conduct - 1]);
            }
        }
        Electorate electorate = new Electorate(weights);
        QuorumRule quorum = QuorumRule.of(rules.networksPercent(), rules.weightPercent());

        Result single = Result.decide(new BallotRules(rules.majority(), false, quorum), electorate, votes);
        Result dual = Result.decide(new BallotRules(rules.majority(), true, quorum), electorate, votes);

        assertThat(!dual.adopted() || single.adopted()).isTrue();
        assertThat(dual.quorumReached()).isEqualTo(single.quorumReached());
        assertThat(dual.tally()).isEqualTo(single.tally());
    }
}
