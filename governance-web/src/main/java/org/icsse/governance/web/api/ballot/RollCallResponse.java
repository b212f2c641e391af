package org.icsse.governance.web.api.ballot;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.ballot.RollCallLine;
import org.icsse.governance.web.api.Ids;

/** One network of a closed named ballot's electorate, its weight and its {@code choice} ({@code null}: it did not vote). */
@JsonbNillable
public record RollCallResponse(String networkId, String acronym, String name, int weight, String choice) {

    static RollCallResponse of(RollCallLine line) {
        return new RollCallResponse(Ids.text(line.network().id()), line.network().acronym(), line.network().name(),
                line.weight(), line.choice() == null ? null : line.choice().name());
    }
}
