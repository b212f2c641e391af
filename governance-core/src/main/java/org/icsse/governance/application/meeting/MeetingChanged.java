package org.icsse.governance.application.meeting;

/**
 * A meeting's state changed (attendance, proxies, agenda, status): fired after the change commits, so
 * that open chair consoles can refresh.
 */
public record MeetingChanged(long meetingId) {
}
