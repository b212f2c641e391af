package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;

import org.icsse.governance.application.meeting.MinutesView;

/** A line of the attendance list as shown: the network, the holder of its proxy if any, its delegates. */
public final class AttendanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String acronym;
    private final String name;
    private final String proxyHolder;
    private final String delegates;

    AttendanceRow(MinutesView.Attendance line) {
        acronym = line.network().acronym();
        name = line.network().name();
        proxyHolder = line.byProxyOf() == null ? null : line.byProxyOf().acronym();
        delegates = String.join(", ", line.delegates());
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public String getProxyHolder() {
        return proxyHolder;
    }

    public String getDelegates() {
        return delegates;
    }
}
