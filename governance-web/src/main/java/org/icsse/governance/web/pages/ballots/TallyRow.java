package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;

/** One line of a closed ballot's totals: a choice, how many networks made it and their weight. Never names a network. */
public final class TallyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String choice;
    private final long networks;
    private final long weight;

    TallyRow(String choice, long networks, long weight) {
        this.choice = choice;
        this.networks = networks;
        this.weight = weight;
    }

    /** The bundle key suffix of the choice. */
    public String getChoice() {
        return choice;
    }

    public long getNetworks() {
        return networks;
    }

    public long getWeight() {
        return weight;
    }
}
