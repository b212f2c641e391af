package org.icsse.governance.application.register;

import java.util.List;

/**
 * A body as typed by a person or sent to the API. In an update, a {@code null} value leaves the field
 * as it is; {@code networkIds} replaces the whole membership.
 */
public record BodyForm(String name, String code, List<Long> networkIds, Integer quorumNetworksPercent,
        Integer quorumWeightPercent, String majority, Integer secondsRequired, Integer proxyCap) {
}
