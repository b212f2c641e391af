package org.icsse.governance.application.motion;

/** An amendment as typed: a title, the replacement text, for the whole text or one paragraph (from 1). */
public record AmendmentForm(String title, String text, String rationale, Integer paragraph) {
}
