package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;

/** A network's support for putting a motion or an amendment before the body. */
public record Second(Long networkId, Instant when) {

    public Second {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(when, "when");
    }
}
