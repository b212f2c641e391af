package org.icsse.governance.domain.ballot;

import java.util.Map;
import java.util.Objects;

import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.network.Weight;

/** The votes of a ballot counted: networks and weight for ({@code F}), against ({@code A}) and abstaining ({@code B}). */
public record Tally(Count inFavour, Count against, Count abstain) {

    public static final Tally EMPTY = new Tally(Count.ZERO, Count.ZERO, Count.ZERO);

    public Tally {
        Objects.requireNonNull(inFavour, "in favour");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(abstain, "abstain");
    }

    /**
     * Counts the votes, one per network, each with the weight the network has in the electorate.
     *
     * @throws IllegalArgumentException if a vote comes from a network outside the electorate or has no choice
     *         (the application refuses such a vote before it is cast)
     */
    public static Tally of(Electorate electorate, Map<Long, Choice> votes) {
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(votes, "votes");
        Count inFavour = Count.ZERO;
        Count against = Count.ZERO;
        Count abstain = Count.ZERO;
        for (Map.Entry<Long, Choice> vote : votes.entrySet()) {
            Weight weight = electorate.weightOf(vote.getKey());
            Choice choice = vote.getValue();
            if (choice == null) {
                throw new IllegalArgumentException("the vote of network " + vote.getKey() + " has no choice");
            }
            switch (choice) {
                case FOR -> inFavour = inFavour.plus(weight);
                case AGAINST -> against = against.plus(weight);
                case ABSTAIN -> abstain = abstain.plus(weight);
            }
        }
        return new Tally(inFavour, against, abstain);
    }

    /** Everyone who voted, abstentions included: {@code P = F ∪ A ∪ B}. */
    public Count participation() {
        return inFavour.plus(against).plus(abstain);
    }

    /** Whether nobody voted at all. */
    public boolean isEmpty() {
        return participation().networks() == 0;
    }
}
