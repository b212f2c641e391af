package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;

import org.icsse.governance.application.meeting.MinutesView;

/** A line of the attendance list as shown: the network, the holder of its proxy if any, its delegates. */
public record AttendanceRow(String acronym, String name, String proxyHolder, String delegates) implements Serializable {

    static AttendanceRow of(MinutesView.Attendance line) {
        return new AttendanceRow(line.network().acronym(), line.network().name(),
                line.byProxyOf() == null ? null : line.byProxyOf().acronym(), String.join(", ", line.delegates()));
    }
}
