package org.icsse.governance.web.api.motion;

import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.web.api.Ids;

/** A network as a motion names it (proposer, seconder, author of a version): id, acronym and name. */
public record NetworkRefResponse(String id, String acronym, String name) {

    static NetworkRefResponse of(NetworkRef network) {
        return network == null ? null : new NetworkRefResponse(Ids.text(network.id()), network.acronym(), network.name());
    }
}
