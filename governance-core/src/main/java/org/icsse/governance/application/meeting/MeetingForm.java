package org.icsse.governance.application.meeting;

/**
 * A meeting as typed: start and end as local date-times ({@code 2026-06-01T09:00}) in the meeting's own
 * time zone ({@code Africa/Dakar}), where the secretariat enters them; stored as instants in UTC.
 */
public record MeetingForm(Long bodyId, String title, String start, String end, String timeZone, String venue,
        String onlineLink) {
}
