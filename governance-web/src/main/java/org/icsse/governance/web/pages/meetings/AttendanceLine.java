package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;

import org.icsse.governance.application.meeting.MeetingView;

/**
 * A network of the electorate, whether it is present (in person or through the holder of its proxy) and
 * whether the reader may check it in or out now.
 */
public class AttendanceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long networkId;
    private final String acronym;
    private final String name;
    private final int weight;
    private final String presence;
    private final String proxyHolder;
    private final boolean checkIn;
    private final boolean checkOut;

    AttendanceLine(MeetingView.AttendanceRow row, boolean mayCheckIn, boolean mayCheckOut) {
        this.networkId = row.network().id();
        this.acronym = row.network().acronym();
        this.name = row.network().name();
        this.weight = row.weight();
        this.presence = row.inPerson() ? "IN_PERSON" : row.byProxyOf() != null ? "BY_PROXY" : "ABSENT";
        this.proxyHolder = row.byProxyOf() == null ? null : row.byProxyOf().acronym();
        this.checkIn = mayCheckIn && !row.inPerson();
        this.checkOut = mayCheckOut && row.inPerson();
    }

    public long getNetworkId() {
        return networkId;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    /** IN_PERSON, BY_PROXY or ABSENT: the suffix of the bundle's {@code meeting.presence.*}. */
    public String getPresence() {
        return presence;
    }

    /** The acronym of the network present with this one's proxy, if so. */
    public String getProxyHolder() {
        return proxyHolder;
    }

    public boolean isCheckIn() {
        return checkIn;
    }

    public boolean isCheckOut() {
        return checkOut;
    }
}
