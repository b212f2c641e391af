package org.icsse.governance.application.motion;

import java.time.Instant;
import java.util.List;

import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.motion.MotionText;

/**
 * Everything a reader is shown of one motion or amendment: its original text (and its paragraphs, the
 * blocks a paragraph amendment replaces, numbered from 1; none for an amendment) and the text in the
 * reader's language ({@code shown}, which says whether it is authoritative), seconds, versions,
 * translations, amendments, and what the reader may do with it.
 */
public record MotionView(long id, boolean amendment, String number, MotionStatus status, long bodyId, String bodyCode,
        String bodyName, NetworkRef proposer, String title, String text, List<String> paragraphs, String rationale,
        Language language, MotionText shown, Instant draftedAt, Instant submittedAt, Long amendsId, String amendsNumber,
        Integer paragraph, List<SecondView> seconds, int secondsRequired, List<VersionView> versions,
        List<TranslationView> translations, List<MotionSummary> amendments, MotionActions actions) {

    /** A network's second. */
    public record SecondView(NetworkRef network, Instant when) {
    }

    /** One version of the text; {@code amendmentNumber} names the adopted amendment that produced it. */
    public record VersionView(int number, String title, String text, Instant when, NetworkRef author,
            String amendmentNumber) {
    }

    /** A translation, official or not, and the version it was made from. */
    public record TranslationView(Language language, String title, String text, boolean official, int ofVersion,
            Instant when) {
    }
}
