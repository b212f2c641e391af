package org.icsse.governance.web.pages.ballots;

import java.io.Serializable;

import org.icsse.governance.application.ballot.RollCallLine;

/** One network of a closed named ballot's roll call: its weight and its choice ({@code null}: did not vote). */
public final class RollCallRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String acronym;
    private final String name;
    private final int weight;
    private final String choice;

    RollCallRow(RollCallLine line) {
        acronym = line.network().acronym();
        name = line.network().name();
        weight = line.weight();
        choice = line.choice() == null ? null : line.choice().name();
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public String getChoice() {
        return choice;
    }

    public boolean isAbsent() {
        return choice == null;
    }
}
