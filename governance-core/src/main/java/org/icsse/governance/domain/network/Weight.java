package org.icsse.governance.domain.network;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * The voting weight of a member network: a whole number from 1 (one member, one vote) to
 * {@value #MAX}. The upper bound keeps every sum of weights far from overflow.
 */
public record Weight(int value) implements Comparable<Weight> {

    public static final int MAX = 1000;
    public static final Weight ONE = new Weight(1);

    public Weight {
        if (value < 1 || value > MAX) {
            throw new InvalidValueException("weight", "weight.range", 1, MAX);
        }
    }

    public static Weight of(Integer value) {
        if (value == null) {
            throw new InvalidValueException("weight", "value.required");
        }
        return new Weight(value);
    }

    @Override
    public int compareTo(Weight other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
