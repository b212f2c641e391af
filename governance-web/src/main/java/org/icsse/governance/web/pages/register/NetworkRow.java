package org.icsse.governance.web.pages.register;

import java.io.Serializable;

import org.icsse.governance.domain.network.MemberNetwork;

/** One line of the register table: plain values, safe to keep in the view. */
public final class NetworkRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String acronym;
    private final String region;
    private final String category;
    private final int weight;
    private final String status;

    NetworkRow(MemberNetwork network) {
        id = network.id();
        name = network.name();
        acronym = network.acronym().value();
        region = network.region().name();
        category = network.category().name();
        weight = network.weight().value();
        status = network.status().name();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getRegion() {
        return region;
    }

    public String getCategory() {
        return category;
    }

    public int getWeight() {
        return weight;
    }

    public String getStatus() {
        return status;
    }
}
