package org.icsse.governance.web.api.meeting;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.meeting.MeetingActions;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.motion.NetworkRefResponse;

/**
 * One meeting as a signed-in reader sees it: {@code start} and {@code end} as instants in UTC with the
 * meeting's own {@code timeZone}; venue and online link; {@code status} (PLANNED, IN_SESSION, ADJOURNED,
 * CLOSED); the agenda in its order; the attendance of every network of the electorate; the proxies given;
 * the quorum meter; and the {@code actions} the reader may take now.
 */
@JsonbNillable
public record MeetingResponse(String id, String bodyId, String bodyCode, String bodyName, String title, Instant start,
        Instant end, String timeZone, String venue, String onlineLink, String status, List<AgendaItemResponse> agenda,
        List<AttendanceResponse> attendance, List<ProxyResponse> proxies, QuorumResponse quorum, MeetingActions actions) {

    static MeetingResponse of(MeetingView view) {
        return new MeetingResponse(Ids.text(view.id()), Ids.text(view.bodyId()), view.bodyCode(), view.bodyName(),
                view.title(), view.start(), view.end(), view.timeZone().getId(), view.venue(), view.onlineLink(),
                view.status().name(), view.agenda().stream().map(AgendaItemResponse::of).toList(),
                view.attendance().stream().map(AttendanceResponse::of).toList(),
                view.proxies().stream().map(ProxyResponse::of).toList(), QuorumResponse.of(view.quorum()), view.actions());
    }

    static NetworkRefResponse ref(NetworkRef network) {
        return network == null ? null : new NetworkRefResponse(Ids.text(network.id()), network.acronym(), network.name());
    }

    /**
     * An agenda item: {@code kind} MOTION (with the motion's id, number and status), REPORT or DISCUSSION; the
     * {@code minutes} allotted to it; {@code current} while the sitting is on it.
     */
    @JsonbNillable
    public record AgendaItemResponse(String id, String kind, String motionId, String motionNumber, String title,
            String motionStatus, Integer minutes, boolean current) {

        static AgendaItemResponse of(MeetingView.AgendaRow row) {
            return new AgendaItemResponse(Ids.text(row.itemId()), row.kind().name(), Ids.text(row.motionId()),
                    row.motionNumber(), row.title(), row.motionStatus() == null ? null : row.motionStatus().name(),
                    row.allottedMinutes(), row.current());
        }
    }

    /**
     * A network of the electorate with its weight: {@code present} in person ({@code inPerson}) or through the
     * present holder of its proxy ({@code byProxyOf}).
     */
    @JsonbNillable
    public record AttendanceResponse(NetworkRefResponse network, int weight, boolean present, boolean inPerson,
            NetworkRefResponse byProxyOf) {

        static AttendanceResponse of(MeetingView.AttendanceRow row) {
            return new AttendanceResponse(ref(row.network()), row.weight(), row.present(), row.inPerson(),
                    ref(row.byProxyOf()));
        }
    }

    /** A proxy given for this meeting: {@code active} until revoked. */
    @JsonbNillable
    public record ProxyResponse(NetworkRefResponse giver, NetworkRefResponse holder, Instant givenAt, Instant revokedAt,
            boolean active) {

        static ProxyResponse of(MeetingView.ProxyRow row) {
            return new ProxyResponse(ref(row.giver()), ref(row.holder()), row.givenAt(), row.revokedAt(), row.active());
        }
    }

    /**
     * The quorum meter: networks and weight present against the electorate, what the body's rule needs of
     * each, and whether both parts are {@code met}.
     */
    public record QuorumResponse(long presentCount, long presentWeight, long electorateCount, long electorateWeight,
            long networksNeeded, long weightNeeded, boolean met) {

        static QuorumResponse of(MeetingView.QuorumView quorum) {
            return new QuorumResponse(quorum.presentCount(), quorum.presentWeight(), quorum.electorateCount(),
                    quorum.electorateWeight(), quorum.networksNeeded(), quorum.weightNeeded(), quorum.met());
        }
    }
}
