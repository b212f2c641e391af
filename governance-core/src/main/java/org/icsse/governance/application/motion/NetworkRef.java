package org.icsse.governance.application.motion;

import org.icsse.governance.domain.network.MemberNetwork;

/** A network as a motion names it: id, acronym and name. */
public record NetworkRef(long id, String acronym, String name) {

    public static NetworkRef of(MemberNetwork network) {
        return new NetworkRef(network.id(), network.acronym().value(), network.name());
    }
}
