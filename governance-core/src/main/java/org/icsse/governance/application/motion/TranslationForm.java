package org.icsse.governance.application.motion;

/** A translation of a motion: its language, title and text; only the secretariat may mark it official. */
public record TranslationForm(String language, String title, String text, boolean official) {
}
