package org.icsse.governance.application.meeting;

/** What the caller may do with a meeting now, computed by the service so pages offer what it accepts. */
public record MeetingActions(boolean plan, boolean preside, boolean checkInOwnNetwork, boolean checkOutOwnNetwork,
        boolean giveProxy, boolean revokeProxy, boolean writeMinutes) {
}
