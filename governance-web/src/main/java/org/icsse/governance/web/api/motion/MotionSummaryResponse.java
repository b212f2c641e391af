package org.icsse.governance.web.api.motion;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.motion.MotionSummary;
import org.icsse.governance.web.api.Ids;

/**
 * A line of a list of motions: a motion or an amendment ({@code amends} names the amended motion), its
 * seconds and the seconds its body requires; for any signed-in reader.
 */
@JsonbNillable
public record MotionSummaryResponse(String id, String number, String title, NetworkRefResponse proposer, String status,
        int seconds, int secondsRequired, String bodyId, String bodyCode, Instant submittedAt, String amends) {

    static MotionSummaryResponse of(MotionSummary summary) {
        return new MotionSummaryResponse(Ids.text(summary.id()), summary.number(), summary.title(),
                NetworkRefResponse.of(summary.proposer()), summary.status().name(), summary.seconds(),
                summary.secondsRequired(), Ids.text(summary.bodyId()), summary.bodyCode(), summary.submittedAt(),
                Ids.text(summary.amendsId()));
    }
}
