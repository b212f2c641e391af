package org.icsse.governance.application.meeting;

import java.time.Instant;
import java.util.List;

import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.domain.ballot.Outcome;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.domain.meeting.MinutesApproval;
import org.icsse.governance.domain.meeting.MinutesStatus;

/**
 * The minutes of a meeting as a reader sees them: one section per agenda item (sanitised HTML), the
 * attendance list, the comments, and where they stand.
 */
public record MinutesView(long meetingId, String meetingTitle, String bodyCode, String bodyName, Instant meetingStart,
        Instant meetingEnd, String timeZone, String venue, String onlineLink, MinutesStatus status, List<Section> sections, List<Attendance> attendance,
        List<Comment> comments, List<BallotResult> results, Instant circulatedAt, Instant commentPeriodEnd, MinutesApproval approvedBy,
        Instant approvedAt, String decisionReference, Actions actions) {

    /** The section of one agenda item. */
    public record Section(long itemId, String heading, String html) {
    }

    /** A network present, in person or through the holder of its proxy. */
    public record Attendance(NetworkRef network, NetworkRef byProxyOf, List<String> delegates) {
    }

    /**
     * The result of a ballot of the meeting, generated when it closed: totals only, for a secret ballot as for a
     * named one; {@code decisionNumber} when it adopted a motion.
     */
    public record BallotResult(long ballotId, Long itemId, String motionNumber, String title, Outcome outcome,
            boolean secret, Tally tally, String decisionNumber, Instant closedAt) {
    }

    /** A network's comment on circulated minutes. */
    public record Comment(NetworkRef network, String text, boolean objection, Instant when) {
    }

    /** What the caller may do with the minutes now. */
    public record Actions(boolean write, boolean circulate, boolean returnToDraft, boolean comment,
            boolean approveBySecretariat) {
    }
}
