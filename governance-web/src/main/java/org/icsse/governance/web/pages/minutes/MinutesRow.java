package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;
import java.time.Instant;

/**
 * A meeting with where its minutes stand, for a list: {@code status} is the name of the minutes' status, or
 * {@code null} when they are not started yet; {@code commentPeriodEnd} is set while they circulate.
 */
public record MinutesRow(long meetingId, String meetingTitle, String bodyCode, Instant meetingStart, String status,
        Instant commentPeriodEnd) implements Serializable {

    public boolean isStarted() {
        return status != null;
    }
}
