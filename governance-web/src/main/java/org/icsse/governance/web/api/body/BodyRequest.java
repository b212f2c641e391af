package org.icsse.governance.web.api.body;

import java.util.List;

import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.web.api.Ids;

/**
 * A body as the secretariat sends it to {@code POST /bodies} or {@code PATCH /bodies/{id}} (an absent
 * field stays as it is; {@code networkIds} replaces the whole membership).
 */
public record BodyRequest(String name, String code, List<String> networkIds, Quorum quorum, String majority, Integer secondsRequired,
        Integer proxyCap) {

    public BodyForm toForm() {
        return new BodyForm(name, code, Ids.fields("networkIds", "network", networkIds),
                quorum == null ? null : quorum.networksPercent(), quorum == null ? null : quorum.weightPercent(),
                majority, secondsRequired, proxyCap);
    }
}
