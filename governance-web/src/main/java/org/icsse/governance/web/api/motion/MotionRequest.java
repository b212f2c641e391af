package org.icsse.governance.web.api.motion;

import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.web.api.Ids;

/**
 * A motion as a client sends it to {@code POST /motions} (all fields; {@code proposerNetworkId} only from
 * the secretariat, {@code draft: true} to keep it a draft) or {@code PATCH /motions/{id}} (title, text and
 * rationale; an absent one stays as it is). Checks only the shape of the ids; the service checks the rest.
 */
public record MotionRequest(String bodyId, String title, String text, String rationale, String language,
        String proposerNetworkId, Boolean draft) {

    public MotionForm toForm() {
        return new MotionForm(Ids.field("bodyId", "body", bodyId), title, text, rationale, language,
                Ids.field("proposerNetworkId", "network", proposerNetworkId));
    }

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
