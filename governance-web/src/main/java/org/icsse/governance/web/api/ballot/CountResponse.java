package org.icsse.governance.web.api.ballot;

import org.icsse.governance.domain.ballot.Count;

/** A number of networks and their summed weight, as every count of a ballot is given: {@code {"networks", "weight"}}. */
public record CountResponse(long networks, long weight) {

    static CountResponse of(Count count) {
        return count == null ? null : new CountResponse(count.networks(), count.weight());
    }
}
