package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.meeting.MeetingFixtures.A;
import static org.icsse.governance.domain.meeting.MeetingFixtures.B;
import static org.icsse.governance.domain.meeting.MeetingFixtures.C;
import static org.icsse.governance.domain.meeting.MeetingFixtures.CHAIR;
import static org.icsse.governance.domain.meeting.MeetingFixtures.D;
import static org.icsse.governance.domain.meeting.MeetingFixtures.OUTSIDER;
import static org.icsse.governance.domain.meeting.MeetingFixtures.assertConflict;
import static org.icsse.governance.domain.meeting.MeetingFixtures.at;
import static org.icsse.governance.domain.meeting.MeetingFixtures.electorate;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttendanceTest {

    @Test
    void aCheckedInNetworkIsPresentUntilItChecksOut() {
        Meeting meeting = MeetingFixtures.inSession();

        meeting.checkIn(electorate(), A, CHAIR, at(1));
        meeting.checkIn(electorate(), B, 901L, at(2));
        assertThat(meeting.presentNetworkIds()).containsExactly(A, B);
        assertThat(meeting.isPresent(A)).isTrue();

        meeting.checkOut(A, at(3));
        assertThat(meeting.presentNetworkIds()).containsExactly(B);
        assertThat(meeting.isPresent(A)).isFalse();
        assertThat(meeting.presences()).extracting(Presence::networkId, Presence::checkedInBy, Presence::checkedInAt,
                Presence::checkedOutAt).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(A, CHAIR, at(1), at(3)),
                        org.assertj.core.groups.Tuple.tuple(B, 901L, at(2), null));
    }

    @Test
    void aNetworkThatLeftMayComeBack() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.checkIn(electorate(), A, CHAIR, at(1));
        meeting.checkOut(A, at(2));

        meeting.checkIn(electorate(), A, CHAIR, at(3));

        assertThat(meeting.isPresent(A)).isTrue();
        assertThat(meeting.presences()).hasSize(2);
    }

    @Test
    void aNetworkChecksInOnceAndOutOnlyWhenPresent() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.checkIn(electorate(), A, CHAIR, at(1));

        assertConflict(() -> meeting.checkIn(electorate(), A, CHAIR, at(2)), "network", "attendance.alreadyPresent");
        assertConflict(() -> meeting.checkOut(B, at(2)), "network", "attendance.notPresent");
        assertInvalid(() -> meeting.checkOut(A, at(0)), "when", "attendance.outBeforeIn");
        assertThat(meeting.presences()).hasSize(1);
    }

    @Test
    void onlyNetworksOfTheElectorateCheckIn() {
        Meeting meeting = MeetingFixtures.inSession();

        assertConflict(() -> meeting.checkIn(electorate(), OUTSIDER, CHAIR, at(1)), "network", "attendance.notElector");
        assertThat(meeting.presentNetworkIds()).isEmpty();
    }

    @Test
    void attendanceChangesOnlyInSession() {
        for (Meeting meeting : List.of(MeetingFixtures.plannedWithAgenda(), MeetingFixtures.adjourned(), MeetingFixtures.closed())) {
            assertConflict(() -> meeting.checkIn(electorate(), A, CHAIR, at(1)), "status", "meeting.notInSession");
            assertConflict(() -> meeting.checkOut(A, at(1)), "status", "meeting.notInSession");
        }
    }

    @Test
    void attendanceIsKeptAcrossAnAdjournment() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.checkIn(electorate(), A, CHAIR, at(1));

        meeting.adjourn();
        meeting.resume();

        assertThat(meeting.presentNetworkIds()).containsExactly(A);
    }

    @Test
    void theAttendanceListNamesWhoCameInPersonAndWhoWasRepresented() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.checkIn(electorate(), B, CHAIR, at(1));
        meeting.checkIn(electorate(), C, CHAIR, at(1));
        meeting.checkOut(C, at(30));
        meeting.giveProxy(electorate(), A, B, 2, at(2));
        meeting.giveProxy(electorate(), D, MeetingFixtures.E, 2, at(2)); // E never came: D was not represented

        assertThat(meeting.attendanceList()).containsExactly(
                AttendanceLine.byProxy(A, B), AttendanceLine.inPerson(B), AttendanceLine.inPerson(C));
    }
}
