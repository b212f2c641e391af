package org.icsse.governance.domain.ballot;

import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.meeting.Electorate;

/**
 * The outcome of a closed ballot with what it rests on: the tally, the electorate ({@code |E|}, {@code w(E)}),
 * whether the quorum was met and whether the majority was reached.
 * <p>
 * {@code majorityReached} reports the votes as cast, whether or not the quorum was met; the outcome is
 * {@link Outcome#NO_QUORUM} without quorum, else {@link Outcome#ADOPTED} exactly when the majority is reached.
 * All arithmetic is in whole numbers ({@code long}): no division, no floating point.
 */
public record Result(Outcome outcome, Tally tally, Count electorate, boolean quorumReached, boolean majorityReached) {

    public Result {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(electorate, "electorate");
        if (outcome != outcomeOf(quorumReached, majorityReached)) {
            throw new IllegalArgumentException(outcome + " does not follow from quorum " + quorumReached
                    + " and majority " + majorityReached);
        }
        Count participation = tally.participation();
        if (participation.networks() > electorate.networks() || participation.weight() > electorate.weight()) {
            throw new IllegalArgumentException("more took part than the electorate holds");
        }
    }

    /**
     * Decides a ballot by the voting rules of DESIGN.md: quorum first (not met → {@link Outcome#NO_QUORUM}
     * whatever the votes), then the majority, on weights and — for a double majority — separately on counts.
     * A ballot with no votes at all never adopts.
     *
     * @param votes the choice of each network that voted, by network id; networks that did not vote are absent
     * @throws IllegalArgumentException if a vote comes from a network outside the electorate
     */
    public static Result decide(BallotRules rules, Electorate electorate, Map<Long, Choice> votes) {
        Objects.requireNonNull(rules, "rules");
        Tally tally = Tally.of(electorate, votes);
        return decide(rules, new Count(electorate.count(), electorate.totalWeight()), tally);
    }

    /**
     * Decides a ballot from votes already counted — {@code entitled} is {@code |E|} and {@code w(E)} — by the same
     * rules as {@link #decide(BallotRules, Electorate, Map)}.
     *
     * @throws IllegalArgumentException if more took part than the electorate holds
     */
    public static Result decide(BallotRules rules, Count entitled, Tally tally) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(entitled, "electorate");
        Objects.requireNonNull(tally, "tally");
        boolean quorum = quorumMet(rules.quorum(), tally.participation(), entitled);
        boolean majority = majorityReached(rules, tally, entitled);
        return new Result(outcomeOf(quorum, majority), tally, entitled, quorum, majority);
    }

    /** Whether the ballot was adopted. */
    public boolean adopted() {
        return outcome == Outcome.ADOPTED;
    }

    private static Outcome outcomeOf(boolean quorum, boolean majority) {
        if (!quorum) {
            return Outcome.NO_QUORUM;
        }
        return majority ? Outcome.ADOPTED : Outcome.REJECTED;
    }

    /**
     * The double quorum: {@code |P| ≥ ⌈q_count·|E|⌉} and {@code w(P) ≥ ⌈q_weight·w(E)⌉}, the thresholds as
     * {@link QuorumRule} computes them (a part of 0 % is always met).
     */
    private static boolean quorumMet(QuorumRule quorum, Count participation, Count electorate) {
        return participation.networks() >= quorum.networksNeeded(electorate.networks())
                && participation.weight() >= quorum.weightNeeded(electorate.weight());
    }

    /**
     * The majority on weights and, for a double majority, also on counts (where every network weighs 1).
     * With no votes at all no rule holds — each rule below already needs something for — and the guard says
     * so outright.
     */
    private static boolean majorityReached(BallotRules rules, Tally tally, Count electorate) {
        if (tally.isEmpty()) {
            return false;
        }
        boolean onWeights = holds(rules.majority(), tally, electorate, Count::weight);
        return onWeights && (!rules.doubleMajority() || holds(rules.majority(), tally, electorate, Count::networks));
    }

    /**
     * One majority rule measured one way ({@code m} = weight, or count of networks):
     * <ul>
     * <li>{@link MajorityRule#SIMPLE}: {@code m(F) > m(A)} — abstentions do not count, a tie is rejected;</li>
     * <li>{@link MajorityRule#ABSOLUTE}: {@code 2·m(F) > m(E)} — more than half of the whole electorate;</li>
     * <li>{@link MajorityRule#TWO_THIRDS}: {@code 3·m(F) ≥ 2·(m(F)+m(A))} and {@code m(F) > 0} — at least two
     * thirds of what was cast for or against, and something for;</li>
     * <li>{@link MajorityRule#CONSENSUS}: {@code |A| = 0} and {@code |F| ≥ 1} — always on counts of networks.</li>
     * </ul>
     */
    private static boolean holds(MajorityRule rule, Tally tally, Count electorate, ToLongFunction<Count> m) {
        long inFavour = m.applyAsLong(tally.inFavour());
        long against = m.applyAsLong(tally.against());
        return switch (rule) {
            case SIMPLE -> inFavour > against;
            case ABSOLUTE -> 2 * inFavour > m.applyAsLong(electorate);
            case TWO_THIRDS -> 3 * inFavour >= 2 * (inFavour + against) && inFavour > 0;
            case CONSENSUS -> tally.against().networks() == 0 && tally.inFavour().networks() >= 1;
        };
    }
}
