package org.icsse.governance.web.api.meeting;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.motion.NetworkRefResponse;

/**
 * The minutes of a meeting: {@code status} (DRAFT, CIRCULATED, APPROVED); one section per agenda item
 * (sanitised HTML); the attendance list (networks present in person or by proxy, with their delegates); the
 * comments; the comment period; how and when they were approved; and the {@code actions} the reader may take.
 */
@JsonbNillable
public record MinutesResponse(String meetingId, String meetingTitle, String bodyCode, String bodyName, Instant meetingStart,
        Instant meetingEnd, String timeZone, String status, List<Section> sections, List<Attendance> attendance,
        List<Comment> comments, Instant circulatedAt, Instant commentPeriodEnd, String approvedBy, Instant approvedAt,
        String decisionReference, MinutesView.Actions actions) {

    static MinutesResponse of(MinutesView view) {
        return new MinutesResponse(Ids.text(view.meetingId()), view.meetingTitle(), view.bodyCode(), view.bodyName(),
                view.meetingStart(), view.meetingEnd(), view.timeZone(), view.status().name(),
                view.sections().stream().map(s -> new Section(Ids.text(s.itemId()), s.heading(), s.html())).toList(),
                view.attendance().stream().map(a -> new Attendance(MeetingResponse.ref(a.network()),
                        MeetingResponse.ref(a.byProxyOf()), a.delegates())).toList(),
                view.comments().stream().map(c -> new Comment(MeetingResponse.ref(c.network()), c.text(),
                        c.objection(), c.when())).toList(),
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
}
