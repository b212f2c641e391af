package org.icsse.governance.domain.meeting;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.icsse.governance.domain.network.Weight;

/**
 * The networks entitled to take part in a meeting, with their weights: the body's member networks in good
 * standing, as the application reads them from the register when it needs them. A value: a meeting keeps
 * no reference to the body or its networks.
 */
public record Electorate(Map<Long, Weight> weights) {

    public static final Electorate EMPTY = new Electorate(Map.of());

    public Electorate {
        Objects.requireNonNull(weights, "weights");
        TreeMap<Long, Weight> copy = new TreeMap<>();
        weights.forEach((network, weight) -> copy.put(Objects.requireNonNull(network, "network id"),
                Objects.requireNonNull(weight, "weight of network " + network)));
        weights = Collections.unmodifiableMap(copy);
    }

    public boolean contains(Long networkId) {
        return networkId != null && weights.containsKey(networkId);
    }

    /** The weight of an entitled network. */
    public Weight weightOf(Long networkId) {
        Weight weight = networkId == null ? null : weights.get(networkId);
        if (weight == null) {
            throw new IllegalArgumentException("network " + networkId + " is not in the electorate");
        }
        return weight;
    }

    /** The entitled networks, in id order. */
    public Set<Long> networkIds() {
        return weights.keySet();
    }

    public long count() {
        return weights.size();
    }

    public long totalWeight() {
        return weights.values().stream().mapToLong(Weight::value).sum();
    }

    /** The summed weight of those of these networks that are entitled. */
    public long weightOf(Set<Long> networkIds) {
        return networkIds.stream().filter(this::contains).mapToLong(id -> weights.get(id).value()).sum();
    }
}
