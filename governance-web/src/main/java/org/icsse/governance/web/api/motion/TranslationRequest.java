package org.icsse.governance.web.api.motion;

import org.icsse.governance.application.motion.TranslationForm;

/**
 * A translation as sent to {@code PUT /motions/{id}/translations/{language}}; {@code official} (only the
 * secretariat may set it) defaults to {@code false}.
 */
public record TranslationRequest(String title, String text, Boolean official) {

    public TranslationForm toForm(String language) {
        return new TranslationForm(language, title, text, Boolean.TRUE.equals(official));
    }
}
