package org.icsse.governance.web.api.meeting;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.ballot.CountResponse;
import org.icsse.governance.web.api.motion.NetworkRefResponse;

/**
 * The minutes of a meeting: {@code status} (DRAFT, CIRCULATED, APPROVED); one section per agenda item
 * (sanitised HTML); the attendance list (networks present in person or by proxy, with their delegates); the
 * comments; the results of the meeting's ballots (totals only, generated when each closed); the comment period;
 * how and when they were approved; and the {@code actions} the reader may take.
 */
@JsonbNillable
public record MinutesResponse(String meetingId, String meetingTitle, String bodyCode, String bodyName, Instant meetingStart,
        Instant meetingEnd, String timeZone, String status, List<Section> sections, List<Attendance> attendance,
        List<Comment> comments, List<BallotResult> results, Instant circulatedAt, Instant commentPeriodEnd, String approvedBy, Instant approvedAt,
        String decisionReference, MinutesView.Actions actions) {

    static MinutesResponse of(MinutesView view) {
        return new MinutesResponse(Ids.text(view.meetingId()), view.meetingTitle(), view.bodyCode(), view.bodyName(),
                view.meetingStart(), view.meetingEnd(), view.timeZone(), view.status().name(),
                view.sections().stream().map(s -> new Section(Ids.text(s.itemId()), s.heading(), s.html())).toList(),
                view.attendance().stream().map(a -> new Attendance(MeetingResponse.ref(a.network()),
                        MeetingResponse.ref(a.byProxyOf()), a.delegates())).toList(),
                view.comments().stream().map(c -> new Comment(MeetingResponse.ref(c.network()), c.text(),
                        c.objection(), c.when())).toList(),
                view.results().stream().map(BallotResult::of).toList(),
                view.circulatedAt(), view.commentPeriodEnd(), view.approvedBy() == null ? null : view.approvedBy().name(),
                view.approvedAt(), view.decisionReference(), view.actions());
    }

    /** The section of one agenda item ({@code itemId}), under its heading. */
    public record Section(String itemId, String heading, String html) {
    }

    /** A network present, in person or through the holder of its proxy ({@code byProxyOf}), and its delegates. */
    @JsonbNillable
    public record Attendance(NetworkRefResponse network, NetworkRefResponse byProxyOf, List<String> delegates) {
    }

    /** A network's comment; {@code objection} when it objects to the minutes. */
    public record Comment(NetworkRefResponse network, String text, boolean objection, Instant when) {
    }

    /**
     * The result of one ballot of the meeting as the minutes record it: the question, the {@code outcome}, the
     * networks and weight {@code for}, {@code against} and {@code abstain}, and the decision's number when it
     * adopted a motion. Totals only, for a secret ballot as for a named one.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"ballotId", "itemId", "motionNumber", "title", "outcome", "secret", "inFavour", "against",
            "abstain", "decisionNumber", "closedAt"})
    public record BallotResult(String ballotId, String itemId, String motionNumber, String title, String outcome,
            boolean secret, @JsonbProperty("for") CountResponse inFavour, CountResponse against, CountResponse abstain,
            String decisionNumber, Instant closedAt) {

        static BallotResult of(MinutesView.BallotResult result) {
            return new BallotResult(Ids.text(result.ballotId()), Ids.text(result.itemId()), result.motionNumber(),
                    result.title(), result.outcome().name(), result.secret(), count(result.tally().inFavour()),
                    count(result.tally().against()), count(result.tally().abstain()), result.decisionNumber(),
                    result.closedAt());
        }

        private static CountResponse count(Count count) {
            return new CountResponse(count.networks(), count.weight());
        }
    }
}
