package org.icsse.governance.web.api.body;

import java.util.List;

import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.web.api.Ids;

/** A governing body as the API shows it to any signed-in caller: its members and standing rules. */
public record BodyResponse(String id, String name, String code, List<String> networkIds, Quorum quorum, String majority,
        int secondsRequired, int proxyCap) {

    public static BodyResponse of(Body body) {
        BodyRules rules = body.rules();
        return new BodyResponse(Ids.text(body.id()), body.name(), body.code().value(),
                body.members().stream().map(n -> Ids.text(n.id())).toList(),
                new Quorum(rules.quorum().networks().value(), rules.quorum().weight().value()),
                rules.majority().name(), rules.secondsRequired(), rules.proxyCap());
    }
}
