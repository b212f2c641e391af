package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.icsse.governance.domain.account.Language;

/** A motion's title and text in another language than its own, made from one version of it. Immutable. */
@Embeddable
public class Translation {

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "title", nullable = false, length = Motion.TITLE_MAX)
    private String title;

    @Column(name = "text", nullable = false, length = Motion.TEXT_MAX)
    private String text;

    @Column(name = "official", nullable = false)
    private boolean official;

    @Column(name = "of_version", nullable = false)
    private int ofVersion;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    protected Translation() {
        // for JPA
    }

    public Translation(Language language, String title, String text, boolean official, int ofVersion, Instant when) {
        this.language = Objects.requireNonNull(language, "language");
        this.title = Objects.requireNonNull(title, "title");
        this.text = Objects.requireNonNull(text, "text");
        this.official = official;
        this.ofVersion = ofVersion;
        this.translatedAt = Objects.requireNonNull(when, "when");
    }

    Translation approved() {
        return new Translation(language, title, text, true, ofVersion, translatedAt);
    }

    public Language language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    /** Approved by the secretariat. */
    public boolean official() {
        return official;
    }

    /** The version of the motion it translates. */
    public int ofVersion() {
        return ofVersion;
    }

    public Instant when() {
        return translatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translation that && language == that.language && title.equals(that.title)
                && text.equals(that.text) && official == that.official && ofVersion == that.ofVersion
                && translatedAt.equals(that.translatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, title, text, official, ofVersion, translatedAt);
    }

    @Override
    public String toString() {
        return "Translation[" + language + (official ? ", official" : "") + ", of version " + ofVersion + "]";
    }
}
