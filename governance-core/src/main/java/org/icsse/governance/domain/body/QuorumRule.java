package org.icsse.governance.domain.body;

/**
 * A double quorum: enough networks present (by count) and enough weight present, each part given as a
 * whole percentage of the electorate; 0 switches a part off.
 * Quorum is met when {@code |P| ≥ ⌈q_count·|E|⌉} and {@code w(P) ≥ ⌈q_weight·w(E)⌉}.
 */
public record QuorumRule(Percentage networks, Percentage weight) {

    public static final QuorumRule NONE = of(0, 0);

    public QuorumRule {
        if (networks == null || weight == null) {
            throw new IllegalArgumentException("both parts of a quorum rule are required");
        }
    }

    public static QuorumRule of(int networksPercent, int weightPercent) {
        return new QuorumRule(new Percentage("quorum.networksPercent", networksPercent),
                new Percentage("quorum.weightPercent", weightPercent));
    }

    /** The least number of networks that must take part, out of an electorate of {@code electorateCount}. */
    public long networksNeeded(long electorateCount) {
        return networks.thresholdOf(electorateCount);
    }

    /** The least weight that must take part, out of an electorate weighing {@code electorateWeight}. */
    public long weightNeeded(long electorateWeight) {
        return weight.thresholdOf(electorateWeight);
    }

    public boolean isMet(long presentCount, long presentWeight, long electorateCount, long electorateWeight) {
        if (presentCount < 0 || presentWeight < 0 || presentCount > electorateCount || presentWeight > electorateWeight) {
            throw new IllegalArgumentException("participation outside the electorate");
        }
        return presentCount >= networksNeeded(electorateCount) && presentWeight >= weightNeeded(electorateWeight);
    }
}
