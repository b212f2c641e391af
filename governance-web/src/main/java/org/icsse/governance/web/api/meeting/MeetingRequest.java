package org.icsse.governance.web.api.meeting;

import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.web.api.Ids;

/**
 * A meeting as a client sends it to {@code POST /meetings} (every field) or {@code PATCH /meetings/{id}}
 * (an absent field stays as it is; {@code bodyId} is ignored there): {@code start} and {@code end} are local
 * date-times ({@code 2026-06-01T09:00}) in the meeting's {@code timeZone} ({@code Africa/Dakar}). Checks
 * only the shape of the id; the service checks the rest.
 */
public record MeetingRequest(String bodyId, String title, String start, String end, String timeZone, String venue,
        String onlineLink) {

    public MeetingForm toForm() {
        return new MeetingForm(Ids.field("bodyId", "body", bodyId), title, start, end, timeZone, venue, onlineLink);
    }
}
