package org.icsse.governance.web.api.ballot;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.ballot.DecisionView;
import org.icsse.governance.web.api.Ids;

/**
 * An entry of the decisions register as anyone reads it: its {@code number} ({@code ICSSE/2026/012}), the adopted
 * {@code title} and {@code text} (as typed, and as sanitised {@code html}), when it was adopted, by which body, on
 * which motion, by which ballot and in which meeting ({@code null} for a remote ballot).
 */
@JsonbNillable
public record DecisionResponse(String id, String number, String title, String text, String html, Instant adoptedAt,
        String bodyId, String bodyCode, String bodyName, String motionId, String motionNumber, String ballotId,
        String meetingId) {

    static DecisionResponse of(DecisionView view) {
        return new DecisionResponse(Ids.text(view.id()), view.number(), view.title(), view.text(), view.html(),
                view.adoptedAt(), Ids.text(view.bodyId()), view.bodyCode(), view.bodyName(), Ids.text(view.motionId()),
                view.motionNumber(), Ids.text(view.ballotId()), Ids.text(view.meetingId()));
    }
}
