package org.icsse.governance.domain.meeting;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the quorum meter shows at one moment: who is present (in person, or by a proxy whose holder is
 * present), how many networks and how much weight that makes, out of the electorate, against what the
 * body's quorum rule needs on each part.
 *
 * @param presentInPerson the entitled networks checked in
 * @param presentByProxy  the entitled networks not checked in whose proxy is held by a checked-in entitled
 *                        network: giver → holder
 */
public record QuorumReading(Set<Long> presentInPerson, Map<Long, Long> presentByProxy, long presentWeight,
        long electorateCount, long electorateWeight, long networksNeeded, long weightNeeded) {

    public QuorumReading {
        presentInPerson = Collections.unmodifiableSet(new TreeSet<>(presentInPerson));
        presentByProxy = Collections.unmodifiableMap(new TreeMap<>(presentByProxy));
        if (presentByProxy.keySet().stream().anyMatch(presentInPerson::contains)) {
            throw new IllegalArgumentException("a network is present in person and by proxy");
        }
        long count = presentInPerson.size() + (long) presentByProxy.size();
        if (presentWeight < 0 || networksNeeded < 0 || weightNeeded < 0 || count > electorateCount
                || presentWeight > electorateWeight) {
            throw new IllegalArgumentException("presence outside the electorate");
        }
    }

    /** Networks present, in person or by proxy: {@code |P|}. */
    public long presentCount() {
        return presentInPerson.size() + (long) presentByProxy.size();
    }

    /** Both parts of the quorum rule hold: {@code |P| ≥ ⌈q_count·|E|⌉} and {@code w(P) ≥ ⌈q_weight·w(E)⌉}. */
    public boolean met() {
        return presentCount() >= networksNeeded && presentWeight >= weightNeeded;
    }

    /** How many more networks must come for the count part to hold (0 when it holds). */
    public long networksShort() {
        return Math.max(0, networksNeeded - presentCount());
    }

    /** How much more weight must come for the weight part to hold (0 when it holds). */
    public long weightShort() {
        return Math.max(0, weightNeeded - presentWeight);
    }
}
