package org.icsse.governance.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.ballot.Choice.ABSTAIN;
import static org.icsse.governance.domain.ballot.Choice.AGAINST;
import static org.icsse.governance.domain.ballot.Choice.FOR;

import java.util.HashMap;
import java.util.Map;

import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.network.Weight;
import org.junit.jupiter.api.Test;

class ResultTest {

    /** Networks 1 to n, network i weighing weights[i-1]. */
    private static Electorate electorate(int... weights) {
        Map<Long, Weight> map = new HashMap<>();
        for (int i = 0; i < weights.length; i++) {
            map.put(i + 1L, new Weight(weights[i]));
        }
        return new Electorate(map);
    }

    /** Votes as pairs: network id, choice. */
    private static Map<Long, Choice> votes(Object... pairs) {
        Map<Long, Choice> votes = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            votes.put(((Number) pairs[i]).longValue(), (Choice) pairs[i + 1]);
        }
        return votes;
    }

    private static BallotRules rules(MajorityRule majority) {
        return new BallotRules(majority, false, QuorumRule.NONE);
    }

    // five networks weighing 1..5, total 15
    private static final Electorate FIVE = electorate(1, 2, 3, 4, 5);

    @Test
    void aTieUnderSimpleMajorityIsRejected() {
        Result result = Result.decide(rules(MajorityRule.SIMPLE), FIVE, votes(1, FOR, 2, FOR, 3, AGAINST, 4, ABSTAIN));

        assertThat(result.tally().inFavour()).isEqualTo(new Count(2, 3));
        assertThat(result.tally().against()).isEqualTo(new Count(1, 3));
        assertThat(result.majorityReached()).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void moreWeightForThanAgainstAdoptsUnderSimpleMajorityWhateverTheAbstentions() {
        Result result = Result.decide(rules(MajorityRule.SIMPLE), FIVE, votes(2, FOR, 1, AGAINST, 5, ABSTAIN, 4, ABSTAIN));

        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(result.tally().participation()).isEqualTo(new Count(4, 12));
        assertThat(result.electorate()).isEqualTo(new Count(5, 15));
    }

    @Test
    void allAbstainingIsRejectedUnderSimpleMajorityAndUnderConsensus() {
        Map<Long, Choice> allAbstain = votes(1, ABSTAIN, 2, ABSTAIN, 3, ABSTAIN, 4, ABSTAIN, 5, ABSTAIN);

        assertThat(Result.decide(rules(MajorityRule.SIMPLE), FIVE, allAbstain).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(Result.decide(rules(MajorityRule.CONSENSUS), FIVE, allAbstain).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aBallotWithNoVotesNeverAdoptsEvenWithoutQuorum() {
        for (MajorityRule majority : MajorityRule.values()) {
            for (boolean doubleMajority : new boolean[] {false, true}) {
                Result result = Result.decide(new BallotRules(majority, doubleMajority, QuorumRule.NONE), FIVE, Map.of());

                assertThat(result.quorumReached()).as("quorum 0 is met by nobody").isTrue();
                assertThat(result.majorityReached()).isFalse();
                assertThat(result.outcome()).as("%s double %s", majority, doubleMajority).isEqualTo(Outcome.REJECTED);
                assertThat(result.tally()).isEqualTo(Tally.EMPTY);
            }
        }
    }

    @Test
    void aBallotWithNoVotesInAnEmptyElectorateIsRejected() {
        Result result = Result.decide(rules(MajorityRule.ABSOLUTE), Electorate.EMPTY, Map.of());

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.electorate()).isEqualTo(Count.ZERO);
    }

    @Test
    void exactlyHalfTheElectorateWeightIsNotAnAbsoluteMajorityAndOneMoreIs() {
        // four networks of weight 1 and one of 4: w(E) = 8
        Electorate electorate = electorate(1, 1, 1, 1, 4);

        Result half = Result.decide(rules(MajorityRule.ABSOLUTE), electorate, votes(5, FOR));
        Result oneMore = Result.decide(rules(MajorityRule.ABSOLUTE), electorate, votes(5, FOR, 1, FOR));

        assertThat(2 * half.tally().inFavour().weight()).isEqualTo(half.electorate().weight());
        assertThat(half.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(oneMore.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void anAbsoluteMajorityCountsTheWholeElectorateNotOnlyTheVotes() {
        Result result = Result.decide(rules(MajorityRule.ABSOLUTE), FIVE, votes(5, FOR, 1, AGAINST));

        assertThat(result.outcome()).as("5 of 15 is no absolute majority").isEqualTo(Outcome.REJECTED);
    }

    @Test
    void exactlyTwoThirdsOfTheWeightCastAdoptsAndJustBelowDoesNot() {
        // for 4 (2 + 2), against 2: 3·4 = 12 = 2·6; abstentions do not count
        Result twoThirds = Result.decide(rules(MajorityRule.TWO_THIRDS), electorate(2, 2, 2, 5),
                votes(1, FOR, 2, FOR, 3, AGAINST, 4, ABSTAIN));
        // for 3 (2 + 1), against 2: 9 < 10
        Result below = Result.decide(rules(MajorityRule.TWO_THIRDS), electorate(2, 1, 2),
                votes(1, FOR, 2, FOR, 3, AGAINST));

        assertThat(twoThirds.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(below.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void twoThirdsNeedsSomeWeightFor() {
        Result result = Result.decide(rules(MajorityRule.TWO_THIRDS), FIVE, votes(1, ABSTAIN, 2, ABSTAIN));

        assertThat(result.outcome()).as("0 ≥ 0 alone would adopt").isEqualTo(Outcome.REJECTED);
    }

    @Test
    void consensusWithOneAgainstIsRejected() {
        Result oneAgainst = Result.decide(rules(MajorityRule.CONSENSUS), FIVE, votes(2, FOR, 3, FOR, 4, FOR, 5, FOR, 1, AGAINST));
        Result noneAgainst = Result.decide(rules(MajorityRule.CONSENSUS), FIVE, votes(1, FOR, 2, ABSTAIN));

        assertThat(oneAgainst.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(noneAgainst.outcome()).as("one for, the rest abstaining or absent").isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void quorumExactlyAtTheRoundedUpThresholdIsMetAndOneBelowIsNoQuorum() {
        // ten networks of weight 1; 45 % of 10 = ⌈4.5⌉ = 5 networks and 5 of weight
        Electorate ten = electorate(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        BallotRules rules = new BallotRules(MajorityRule.SIMPLE, false, QuorumRule.of(45, 45));

        Result atThreshold = Result.decide(rules, ten, votes(1, FOR, 2, FOR, 3, FOR, 4, ABSTAIN, 5, AGAINST));
        Result oneBelow = Result.decide(rules, ten, votes(1, FOR, 2, FOR, 3, FOR, 4, ABSTAIN));

        assertThat(atThreshold.quorumReached()).isTrue();
        assertThat(atThreshold.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(oneBelow.quorumReached()).isFalse();
        assertThat(oneBelow.majorityReached()).as("the votes are still reported").isTrue();
        assertThat(oneBelow.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void quorumMetOnCountButNotOnWeightIsNoQuorum() {
        // 60 % of 5 networks = 3; 50 % of 15 = ⌈7.5⌉ = 8; networks 1, 2, 3 weigh 6
        BallotRules rules = new BallotRules(MajorityRule.SIMPLE, false, QuorumRule.of(60, 50));

        Result result = Result.decide(rules, FIVE, votes(1, FOR, 2, FOR, 3, FOR));

        assertThat(result.tally().participation()).isEqualTo(new Count(3, 6));
        assertThat(result.quorumReached()).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void quorumMetOnWeightButNotOnCountIsNoQuorum() {
        BallotRules rules = new BallotRules(MajorityRule.SIMPLE, false, QuorumRule.of(60, 50));

        Result result = Result.decide(rules, FIVE, votes(4, FOR, 5, FOR));

        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void aDoubleMajorityAdoptedOnWeightButNotOnCountIsRejected() {
        // for: network 5 (weight 5); against: networks 1 and 2 (weight 3)
        Map<Long, Choice> votes = votes(5, FOR, 1, AGAINST, 2, AGAINST);

        Result single = Result.decide(new BallotRules(MajorityRule.SIMPLE, false, QuorumRule.NONE), FIVE, votes);
        Result dual = Result.decide(new BallotRules(MajorityRule.SIMPLE, true, QuorumRule.NONE), FIVE, votes);

        assertThat(single.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(dual.majorityReached()).isFalse();
        assertThat(dual.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aDoubleMajorityAdoptedOnCountButNotOnWeightIsRejected() {
        // for: networks 1, 2, 3 (weight 6); absolute: 3 of 5 networks, but 6 of 15 weight
        Result result = Result.decide(new BallotRules(MajorityRule.ABSOLUTE, true, QuorumRule.NONE), FIVE,
                votes(1, FOR, 2, FOR, 3, FOR));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aDoubleMajorityHoldingOnBothAdopts() {
        Result result = Result.decide(new BallotRules(MajorityRule.TWO_THIRDS, true, QuorumRule.NONE), FIVE,
                votes(3, FOR, 4, FOR, 5, FOR, 1, AGAINST));

        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void aVoteFromOutsideTheElectorateIsRefused() {
        assertThatThrownBy(() -> Result.decide(rules(MajorityRule.SIMPLE), FIVE, votes(1, FOR, 99, AGAINST)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> Tally.of(FIVE, votes(6, FOR))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVoteWithoutAChoiceIsRefused() {
        Map<Long, Choice> votes = new HashMap<>();
        votes.put(1L, null);

        assertThatThrownBy(() -> Tally.of(FIVE, votes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBodysRulesGiveItsQuorumAndMajorityOnWeightsOnly() {
        BodyRules body = new BodyRules(QuorumRule.of(60, 40), MajorityRule.TWO_THIRDS, 1, 1);

        assertThat(BallotRules.of(body)).isEqualTo(new BallotRules(MajorityRule.TWO_THIRDS, false, QuorumRule.of(60, 40)));
    }

    @Test
    void aResultWhoseOutcomeDoesNotFollowFromItsFindingsIsRefused() {
        assertThatThrownBy(() -> new Result(Outcome.ADOPTED, Tally.EMPTY, Count.ZERO, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Result(Outcome.ADOPTED, Tally.EMPTY, Count.ZERO, true, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Result(Outcome.REJECTED, Tally.EMPTY, Count.ZERO, true, false).adopted()).isFalse();
    }

    @Test
    void aCountAddsOneNetworkWithItsWeightAndRefusesTheImpossible() {
        assertThat(Count.ZERO.plus(new Weight(7)).plus(Weight.ONE)).isEqualTo(new Count(2, 8));
        assertThatThrownBy(() -> new Count(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Count(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Count(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
