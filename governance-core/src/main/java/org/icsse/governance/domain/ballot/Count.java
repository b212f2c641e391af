package org.icsse.governance.domain.ballot;

import java.util.Objects;

import org.icsse.governance.domain.network.Weight;

/**
 * A number of networks and their summed weight: {@code |X|} and {@code w(X)} of DESIGN.md. Since every weight
 * is from 1 to {@link Weight#MAX}, the weight lies between the number of networks and {@code MAX} times it.
 */
public record Count(long networks, long weight) {

    public static final Count ZERO = new Count(0, 0);

    public Count {
        if (networks < 0 || weight < networks || weight > networks * Weight.MAX) {
            throw new IllegalArgumentException("no set of networks counts " + networks + " weighing " + weight);
        }
    }

    /** This count with one more network of the given weight. */
    public Count plus(Weight weight) {
        Objects.requireNonNull(weight, "weight");
        return new Count(networks + 1, this.weight + weight.value());
    }

    /** The two counts together (of disjoint sets of networks). */
    public Count plus(Count other) {
        return new Count(networks + other.networks, weight + other.weight);
    }
}
