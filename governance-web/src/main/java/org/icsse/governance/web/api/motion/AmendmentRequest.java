package org.icsse.governance.web.api.motion;

import org.icsse.governance.application.motion.AmendmentForm;

/**
 * An amendment as a delegate sends it to {@code POST /motions/{id}/amendments}: the replacement text for
 * the whole motion, or for one paragraph (counted from 1) when {@code paragraph} is given.
 */
public record AmendmentRequest(String title, String text, String rationale, Integer paragraph) {

    public AmendmentForm toForm() {
        return new AmendmentForm(title, text, rationale, paragraph);
    }
}
