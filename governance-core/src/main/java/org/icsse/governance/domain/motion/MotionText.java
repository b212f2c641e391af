package org.icsse.governance.domain.motion;

import java.util.Objects;

import org.icsse.governance.domain.account.Language;

/**
 * The title and text a reader is shown, in which language, and what it is worth; {@code original}
 * names the language of the authoritative text, so a translation can point to it.
 */
public record MotionText(Language language, String title, String text, Authority authority, Language original) {

    public MotionText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(original, "original");
    }

    public boolean isAuthoritative() {
        return authority.isAuthoritative();
    }
}
