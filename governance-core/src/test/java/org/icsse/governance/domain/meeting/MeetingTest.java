package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.meeting.MeetingFixtures.BODY_ID;
import static org.icsse.governance.domain.meeting.MeetingFixtures.DAKAR;
import static org.icsse.governance.domain.meeting.MeetingFixtures.MEETING_ID;
import static org.icsse.governance.domain.meeting.MeetingFixtures.T0;
import static org.icsse.governance.domain.meeting.MeetingFixtures.T_END;
import static org.icsse.governance.domain.meeting.MeetingFixtures.assertConflict;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.util.List;
import java.util.Map;

import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.icsse.governance.domain.shared.InvalidValuesException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class MeetingTest {

    // planning

    @Test
    void aPlannedMeetingHasItsTitleScheduleAndPlaceAndAnEmptyAgenda() {
        Meeting meeting = Meeting.plan(MEETING_ID, BODY_ID, "  General Assembly ", T0, T_END, DAKAR, " Dakar ", " ");

        assertThat(meeting.id()).isEqualTo(MEETING_ID);
        assertThat(meeting.bodyId()).isEqualTo(BODY_ID);
        assertThat(meeting.title()).isEqualTo("General Assembly");
        assertThat(meeting.schedule()).isEqualTo(new Schedule(T0, T_END));
        assertThat(meeting.start()).isEqualTo(T0);
        assertThat(meeting.end()).isEqualTo(T_END);
        assertThat(meeting.place()).isEqualTo(new Place("Dakar", null));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.agenda()).isEmpty();
        assertThat(meeting.currentItem()).isEmpty();
        assertThat(meeting.presentNetworkIds()).isEmpty();
        assertThat(meeting.proxies()).isEmpty();
        assertThat(meeting.firstBallotOpenedAt()).isNull();
    }

    @Test
    void planningReportsEveryInvalidValueAtOnce() {
        assertThatThrownBy(() -> Meeting.plan(MEETING_ID, BODY_ID, " ", T_END, T0, DAKAR, null, "ftp://x.org"))
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("title:value.required", "end:meeting.endNotAfterStart", "onlineLink:meeting.linkInvalid"));
    }

    @Test
    void aMeetingHasItsOwnTimeZoneWhichMovesWithItsSchedule() {
        Meeting meeting = Meeting.plan(MEETING_ID, BODY_ID, "GA", T0, T_END, DAKAR, "Dakar", null);
        assertThat(meeting.timeZone()).isEqualTo(DAKAR);
        assertInvalid(() -> Meeting.plan(MEETING_ID, BODY_ID, "GA", T0, T_END, null, "Dakar", null), "timeZone", "value.required");

        meeting.reschedule(T0, T_END, java.time.ZoneId.of("America/Lima"));
        assertThat(meeting.timeZone()).hasToString("America/Lima");
        assertThat(meeting.snapshot()).containsEntry("timeZone", "America/Lima");
    }

    @Test
    void aTitleIsOneLineOfAtMostTwoHundredCharacters() {
        assertThat(Meeting.plan(MEETING_ID, BODY_ID, "x".repeat(200), T0, T_END, DAKAR, "Dakar", null).title()).hasSize(200);
        assertInvalid(() -> Meeting.plan(MEETING_ID, BODY_ID, "x".repeat(201), T0, T_END, DAKAR, "Dakar", null), "title", "value.tooLong");
        assertInvalid(() -> Meeting.plan(MEETING_ID, BODY_ID, "a\nb", T0, T_END, DAKAR, "Dakar", null), "title", "value.controlCharacters");
    }

    @Test
    void titleScheduleAndPlaceChangeUntilTheMeetingIsClosed() {
        Meeting meeting = MeetingFixtures.adjourned();

        meeting.retitle("Extraordinary General Assembly");
        meeting.reschedule(T0.plusSeconds(3600), T_END.plusSeconds(3600), DAKAR);
        meeting.relocate(null, "https://meet.example.org/ga");

        assertThat(meeting.title()).isEqualTo("Extraordinary General Assembly");
        assertThat(meeting.schedule()).isEqualTo(new Schedule(T0.plusSeconds(3600), T_END.plusSeconds(3600)));
        assertThat(meeting.place()).isEqualTo(new Place(null, "https://meet.example.org/ga"));

        meeting.close();
        assertConflict(() -> meeting.retitle("Other"), "status", "meeting.closed");
        assertConflict(() -> meeting.reschedule(T0, T_END, DAKAR), "status", "meeting.closed");
        assertConflict(() -> meeting.relocate("Dakar", null), "status", "meeting.closed");
    }

    @Test
    void reschedulingChecksTheNewSchedule() {
        Meeting meeting = MeetingFixtures.planned();

        assertInvalid(() -> meeting.reschedule(T_END, T_END, DAKAR), "end", "meeting.endNotAfterStart");
        assertThat(meeting.schedule()).isEqualTo(new Schedule(T0, T_END));
    }

    // the sitting

    @Test
    void aMeetingIsOpenedAdjournedResumedAdjournedAndClosed() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        meeting.open();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.IN_SESSION);
        meeting.adjourn();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.ADJOURNED);
        meeting.resume();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.IN_SESSION);
        meeting.adjourn();
        meeting.close();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void anAdjournedMeetingIsResumedNotOpenedAndAPlannedOneOpenedNotResumed() {
        assertConflict(() -> MeetingFixtures.adjourned().open(), "status", "meeting.resumeNotOpen");
        assertConflict(() -> MeetingFixtures.planned().resume(), "status", "meeting.openNotResume");
    }

    @Test
    void theWorkflowRefusesWhatItDoesNotAllow() {
        assertThatThrownBy(() -> MeetingFixtures.inSession().close()).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> MeetingFixtures.planned().adjourn()).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> MeetingFixtures.inSession().open()).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> MeetingFixtures.closed().resume()).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> MeetingFixtures.closed().adjourn()).isInstanceOf(IllegalTransitionException.class);
    }

    // agenda

    @Test
    void itemsAreAddedAtTheEndWithIdsOfTheirOwn() {
        Meeting meeting = MeetingFixtures.planned();

        AgendaItem motion = meeting.addMotionItem(100L, 45);
        AgendaItem report = meeting.addFreeItem(AgendaItemKind.REPORT, " Report of the treasurer ", null);
        AgendaItem discussion = meeting.addFreeItem(AgendaItemKind.DISCUSSION, "Next year", 600);

        assertThat(meeting.agenda()).containsExactly(motion, report, discussion);
        assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(1L, 2L, 3L);
        assertThat(motion.isMotion()).isTrue();
        assertThat(motion.motionId()).isEqualTo(100L);
        assertThat(motion.title()).isNull();
        assertThat(motion.allottedMinutes()).isEqualTo(45);
        assertThat(report.kind()).isEqualTo(AgendaItemKind.REPORT);
        assertThat(report.title()).isEqualTo("Report of the treasurer");
        assertThat(report.motionId()).isNull();
        assertThat(report.allottedMinutes()).isNull();
        assertThat(meeting.hasMotion(100L)).isTrue();
        assertThat(meeting.hasMotion(101L)).isFalse();
    }

    @Test
    void aMotionIsOnTheAgendaOnlyOnce() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        assertConflict(() -> meeting.addMotionItem(100L, null), "motionId", "agenda.motionTwice");
        assertThat(meeting.agenda()).hasSize(2);
    }

    @Test
    void aRemovedMotionMayComeBackUnderANewItemId() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        meeting.removeItem(1L);
        AgendaItem again = meeting.addMotionItem(100L, null);

        assertThat(again.id()).as("ids are never reused").isEqualTo(3L);
        assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(2L, 3L);
    }

    @Test
    void aTimeAllotmentIsAWholeNumberOfMinutesFromOneToSixHundred() {
        Meeting meeting = MeetingFixtures.planned();

        assertThat(meeting.addFreeItem(AgendaItemKind.REPORT, "One", 1).allottedMinutes()).isEqualTo(1);
        assertThat(meeting.addFreeItem(AgendaItemKind.REPORT, "Two", 600).allottedMinutes()).isEqualTo(600);
        assertInvalid(() -> meeting.addFreeItem(AgendaItemKind.REPORT, "Three", 0), "allottedMinutes", "value.range");
        assertInvalid(() -> meeting.addMotionItem(100L, 601), "allottedMinutes", "value.range");
        assertThat(meeting.agenda()).hasSize(2);
    }

    @Test
    void theAllotmentOfAnItemChangesOrIsCleared() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        meeting.allot(2L, 20);
        meeting.allot(1L, null);

        assertThat(meeting.item(2L).allottedMinutes()).isEqualTo(20);
        assertThat(meeting.item(1L).allottedMinutes()).isNull();
        assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(1L, 2L);
        assertInvalid(() -> meeting.allot(2L, 0), "allottedMinutes", "value.range");
    }

    @Test
    void aFreeItemIsAReportOrADiscussionWithATitle() {
        Meeting meeting = MeetingFixtures.planned();

        assertInvalid(() -> meeting.addFreeItem(AgendaItemKind.MOTION, "A motion", null), "kind", "agenda.freeKind");
        assertInvalid(() -> meeting.addFreeItem(null, "Something", null), "kind", "value.required");
        assertInvalid(() -> meeting.addFreeItem(AgendaItemKind.DISCUSSION, " ", null), "title", "value.required");
        assertInvalid(() -> meeting.addFreeItem(AgendaItemKind.DISCUSSION, "x".repeat(201), null), "title", "value.tooLong");
        assertInvalid(() -> meeting.addMotionItem(null, null), "motionId", "value.required");
        assertThat(meeting.agenda()).isEmpty();
    }

    @Test
    void reorderingPutsTheItemsInTheGivenOrder() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();
        meeting.addFreeItem(AgendaItemKind.DISCUSSION, "Any other business", null);

        meeting.reorder(List.of(3L, 1L, 2L));

        assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(3L, 1L, 2L);
    }

    @Test
    void reorderingNeedsAPermutationOfTheCurrentItems() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        assertInvalid(() -> meeting.reorder(List.of(1L)), "itemIds", "agenda.notPermutation");
        assertInvalid(() -> meeting.reorder(List.of(1L, 1L)), "itemIds", "agenda.notPermutation");
        assertInvalid(() -> meeting.reorder(List.of(1L, 2L, 2L)), "itemIds", "agenda.notPermutation");
        assertInvalid(() -> meeting.reorder(List.of(1L, 7L)), "itemIds", "agenda.notPermutation");
        assertInvalid(() -> meeting.reorder(java.util.Arrays.asList(1L, null)), "itemIds", "agenda.notPermutation");
        assertInvalid(() -> meeting.reorder(null), "itemIds", "agenda.notPermutation");
        assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(1L, 2L);
    }

    @Test
    void theAgendaIsFixedOnceTheSittingHasOpened() {
        for (Meeting meeting : List.of(MeetingFixtures.inSession(), MeetingFixtures.adjourned(), MeetingFixtures.closed())) {
            assertConflict(() -> meeting.reorder(List.of(2L, 1L)), "status", "agenda.frozen");
            assertConflict(() -> meeting.addMotionItem(101L, null), "status", "agenda.frozen");
            assertConflict(() -> meeting.addFreeItem(AgendaItemKind.REPORT, "Late report", null), "status", "agenda.frozen");
            assertConflict(() -> meeting.removeItem(1L), "status", "agenda.frozen");
            assertConflict(() -> meeting.allot(1L, 5), "status", "agenda.frozen");
            assertThat(meeting.agenda()).extracting(AgendaItem::id).containsExactly(1L, 2L);
        }
    }

    @Test
    void anUnknownItemIsNotFound() {
        Meeting meeting = MeetingFixtures.plannedWithAgenda();

        assertThatThrownBy(() -> meeting.removeItem(9L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meeting.item(9L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> MeetingFixtures.inSession().advanceTo(9L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theChairMovesTheSittingFromItemToItem() {
        Meeting meeting = MeetingFixtures.inSession();
        assertThat(meeting.currentItem()).as("no item before the chair moves to one").isEmpty();

        meeting.advanceTo(2L);
        assertThat(meeting.currentItem()).map(AgendaItem::id).contains(2L);
        meeting.advanceTo(1L);
        assertThat(meeting.currentItem()).map(AgendaItem::id).contains(1L);
    }

    @Test
    void thereIsACurrentItemOnlyInSession() {
        assertConflict(() -> MeetingFixtures.plannedWithAgenda().advanceTo(1L), "status", "meeting.notInSession");
        assertConflict(() -> MeetingFixtures.adjourned().advanceTo(1L), "status", "meeting.notInSession");

        Meeting meeting = MeetingFixtures.inSession();
        meeting.advanceTo(2L);
        meeting.adjourn();
        assertThat(meeting.currentItem()).isEmpty();
        meeting.resume();
        assertThat(meeting.currentItem()).as("back where the sitting stopped").map(AgendaItem::id).contains(2L);
        meeting.adjourn();
        meeting.close();
        assertThat(meeting.currentItem()).isEmpty();
    }

    // audit

    @Test
    void theSnapshotRecordsTheMeetingForTheAuditLog() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.checkIn(MeetingFixtures.electorate(), MeetingFixtures.A, MeetingFixtures.CHAIR, MeetingFixtures.at(1));
        meeting.giveProxy(MeetingFixtures.electorate(), MeetingFixtures.B, MeetingFixtures.A, 2, MeetingFixtures.at(2));
        meeting.advanceTo(1L);

        Map<String, Object> s = meeting.snapshot();

        assertThat(s).containsEntry("id", MEETING_ID).containsEntry("bodyId", BODY_ID)
                .containsEntry("title", "General Assembly 2026").containsEntry("status", "IN_SESSION")
                .containsEntry("start", "2026-06-01T09:00:00Z").containsEntry("end", "2026-06-01T17:00:00Z")
                .containsEntry("venue", "Dakar, CICAD").containsEntry("onlineLink", null)
                .containsEntry("currentItemId", 1L).containsEntry("presentNetworkIds", List.of(MeetingFixtures.A))
                .containsEntry("proxies", List.of(Map.of("giver", MeetingFixtures.B, "holder", MeetingFixtures.A)))
                .containsEntry("firstBallotOpenedAt", null);
        assertThat((List<?>) s.get("agenda")).hasSize(2);
        assertThat(meeting).hasToString("Meeting[500 of body 1, IN_SESSION]");
    }
}
