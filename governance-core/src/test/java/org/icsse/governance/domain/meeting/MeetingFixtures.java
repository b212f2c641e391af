package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.icsse.governance.domain.network.Weight;
import org.icsse.governance.domain.shared.ConflictException;

/** Meetings in a given state, for the unit tests (stateless: every call builds new objects). */
final class MeetingFixtures {

    static final long MEETING_ID = 500L;
    static final long LATER_MEETING_ID = 501L;
    static final long BODY_ID = 1L;
    static final long OTHER_BODY_ID = 2L;
    static final long CHAIR = 900L;
    static final long A = 10L;
    static final long B = 20L;
    static final long C = 30L;
    static final long D = 40L;
    static final long E = 50L;
    static final long OUTSIDER = 99L;
    static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");
    static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    static final Instant T_END = Instant.parse("2026-06-01T17:00:00Z");

    private MeetingFixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** Networks A to E with weights 1, 2, 3, 4, 5 (total 15). */
    static Electorate electorate() {
        return electorate(A, 1, B, 2, C, 3, D, 4, E, 5);
    }

    /** An electorate from pairs of network id and weight. */
    static Electorate electorate(long... idsAndWeights) {
        Map<Long, Weight> weights = new LinkedHashMap<>();
        for (int i = 0; i < idsAndWeights.length; i += 2) {
            weights.put(idsAndWeights[i], new Weight((int) idsAndWeights[i + 1]));
        }
        return new Electorate(weights);
    }

    static Meeting planned() {
        return Meeting.plan(MEETING_ID, BODY_ID, "General Assembly 2026", T0, T_END, DAKAR, "Dakar, CICAD", null);
    }

    /** Planned, with a motion item (motion 100) and a report. */
    static Meeting plannedWithAgenda() {
        Meeting meeting = planned();
        meeting.addMotionItem(100L, 30);
        meeting.addFreeItem(AgendaItemKind.REPORT, "Report of the secretariat", null);
        return meeting;
    }

    static Meeting inSession() {
        Meeting meeting = plannedWithAgenda();
        meeting.open();
        return meeting;
    }

    static Meeting adjourned() {
        Meeting meeting = inSession();
        meeting.adjourn();
        return meeting;
    }

    static Meeting closed() {
        Meeting meeting = adjourned();
        meeting.close();
        return meeting;
    }

    /** A later meeting of the same body (or of another), to approve minutes. */
    static Meeting later(long id, long bodyId) {
        return Meeting.plan(id, bodyId, "Next sitting", T0.plusSeconds(86_400L * 30), T_END.plusSeconds(86_400L * 30),
                DAKAR, null, "https://meet.example.org/ga");
    }

    static void assertConflict(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isExactlyInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    assertThat(((ConflictException) e).field()).as("field").isEqualTo(field);
                    assertThat(((ConflictException) e).messageKey()).as("key").isEqualTo(key);
                });
    }
}
