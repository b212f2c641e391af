package org.icsse.governance.web.api.network;

import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.web.api.Ids;

/** A member network as the API shows it to any signed-in caller. */
public record NetworkResponse(String id, String name, String acronym, String region, String category, String status, int weight) {

    public static NetworkResponse of(MemberNetwork network) {
        return new NetworkResponse(Ids.text(network.id()), network.name(), network.acronym().value(), network.region().name(),
                network.category().name(), network.status().name(), network.weight().value());
    }
}
