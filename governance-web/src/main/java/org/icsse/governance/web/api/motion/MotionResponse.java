package org.icsse.governance.web.api.motion;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.motion.MotionActions;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.text.Markup;
import org.icsse.governance.domain.motion.MotionText;
import org.icsse.governance.web.api.Ids;

/**
 * One motion or amendment as a signed-in reader sees it: the text as typed ({@code text}, Markdown) and
 * rendered to safe HTML ({@code html}); the text in the reader's language ({@code shown}, with its
 * {@code authority}); seconds, versions, translations and amendments; for an amendment the motion it
 * {@code amends}; and the {@code actions} the reader may take now.
 */
@JsonbNillable
public record MotionResponse(String id, boolean amendment, String number, String status, String bodyId, String bodyCode,
        String bodyName, NetworkRefResponse proposer, String title, String text, String html, String rationale,
        String language, Shown shown, Instant draftedAt, Instant submittedAt, String amends, String amendsNumber,
        Integer paragraph, List<SecondResponse> seconds, int secondsRequired, List<VersionResponse> versions,
        List<TranslationResponse> translations, List<MotionSummaryResponse> amendments, MotionActions actions) {

    static MotionResponse of(MotionView view) {
        return new MotionResponse(Ids.text(view.id()), view.amendment(), view.number(), view.status().name(),
                Ids.text(view.bodyId()), view.bodyCode(), view.bodyName(), NetworkRefResponse.of(view.proposer()),
                view.title(), view.text(), Markup.toSafeHtml(view.text()), view.rationale(),
                view.language() == null ? null : view.language().name(), Shown.of(view.shown()), view.draftedAt(),
                view.submittedAt(), Ids.text(view.amendsId()), view.amendsNumber(), view.paragraph(),
                view.seconds().stream().map(SecondResponse::of).toList(), view.secondsRequired(),
                view.versions().stream().map(VersionResponse::of).toList(),
                view.translations().stream().map(TranslationResponse::of).toList(),
                view.amendments().stream().map(MotionSummaryResponse::of).toList(), view.actions());
    }

    /** The text in the reader's language: the original, or an official or unofficial translation of it. */
    public record Shown(String language, String title, String text, String html, String authority, boolean authoritative,
            String original) {

        static Shown of(MotionText shown) {
            return shown == null ? null
                    : new Shown(shown.language().name(), shown.title(), shown.text(), Markup.toSafeHtml(shown.text()),
                            shown.authority().name(), shown.isAuthoritative(), shown.original().name());
        }
    }

    /** A network's second and when it was given. */
    public record SecondResponse(NetworkRefResponse network, Instant when) {

        static SecondResponse of(MotionView.SecondView second) {
            return new SecondResponse(NetworkRefResponse.of(second.network()), second.when());
        }
    }

    /** One version of the text; {@code amendmentNumber} names the adopted amendment that made it. */
    @JsonbNillable
    public record VersionResponse(int number, String title, String text, Instant when, NetworkRefResponse author,
            String amendmentNumber) {

        static VersionResponse of(MotionView.VersionView version) {
            return new VersionResponse(version.number(), version.title(), version.text(), version.when(),
                    NetworkRefResponse.of(version.author()), version.amendmentNumber());
        }
    }

    /** A translation, official or not, and the version it was made from. */
    public record TranslationResponse(String language, String title, String text, String html, boolean official,
            int ofVersion, Instant when) {

        static TranslationResponse of(MotionView.TranslationView translation) {
            return new TranslationResponse(translation.language().name(), translation.title(), translation.text(),
                    Markup.toSafeHtml(translation.text()), translation.official(), translation.ofVersion(), translation.when());
        }
    }
}
