package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;

import org.icsse.governance.domain.account.Language;

/** A motion's title and text in another language than its own, made from one version of it. */
public record Translation(Language language, String title, String text, boolean official, int ofVersion,
        Instant when) {

    public Translation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(when, "when");
    }

    Translation approved() {
        return new Translation(language, title, text, true, ofVersion, when);
    }
}
