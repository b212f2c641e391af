package org.icsse.governance.application.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.domain.meeting.AgendaItemKind;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.motion.MotionStatus;

/** Everything a reader is shown of a meeting: schedule, place, agenda, attendance, proxies and quorum. */
public record MeetingView(long id, long bodyId, String bodyCode, String bodyName, String title, Instant start, Instant end,
        ZoneId timeZone, String venue, String onlineLink, MeetingStatus status, List<AgendaRow> agenda,
        List<AttendanceRow> attendance, List<ProxyRow> proxies, QuorumView quorum, MeetingActions actions) {

    /** An agenda item; for a motion, its number, title and status. */
    public record AgendaRow(long itemId, AgendaItemKind kind, Long motionId, String motionNumber, String title,
            MotionStatus motionStatus, Integer allottedMinutes, boolean current) {
    }

    /** A network of the electorate and whether it is present, in person or through the holder of its proxy. */
    public record AttendanceRow(NetworkRef network, int weight, boolean inPerson, NetworkRef byProxyOf) {

        public boolean present() {
            return inPerson || byProxyOf != null;
        }
    }

    /** A proxy given for this meeting, active until revoked. */
    public record ProxyRow(NetworkRef giver, NetworkRef holder, Instant givenAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** The quorum meter: who is present against the body's rule, both parts. */
    public record QuorumView(long presentCount, long presentWeight, long electorateCount, long electorateWeight,
            long networksNeeded, long weightNeeded, boolean met) {
    }
}
