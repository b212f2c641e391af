package org.icsse.governance.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.meeting.MeetingFixtures.A;
import static org.icsse.governance.domain.meeting.MeetingFixtures.B;
import static org.icsse.governance.domain.meeting.MeetingFixtures.BODY_ID;
import static org.icsse.governance.domain.meeting.MeetingFixtures.C;
import static org.icsse.governance.domain.meeting.MeetingFixtures.CHAIR;
import static org.icsse.governance.domain.meeting.MeetingFixtures.LATER_MEETING_ID;
import static org.icsse.governance.domain.meeting.MeetingFixtures.MEETING_ID;
import static org.icsse.governance.domain.meeting.MeetingFixtures.OTHER_BODY_ID;
import static org.icsse.governance.domain.meeting.MeetingFixtures.T0;
import static org.icsse.governance.domain.meeting.MeetingFixtures.assertConflict;
import static org.icsse.governance.domain.meeting.MeetingFixtures.at;
import static org.icsse.governance.domain.meeting.MeetingFixtures.electorate;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.icsse.governance.domain.shared.IllegalTransitionException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class MinutesTest {

    private static final Instant CIRCULATED = Instant.parse("2026-06-10T12:00:00Z");
    private static final Duration WEEK = Duration.ofHours(7 * 24);

    private static Meeting heldMeeting() {
        Meeting meeting = MeetingFixtures.inSession();
        meeting.checkIn(electorate(), A, CHAIR, at(1));
        meeting.giveProxy(electorate(), B, A, 1, at(2));
        meeting.adjourn();
        meeting.close();
        return meeting;
    }

    private static Minutes draft() {
        return Minutes.draftFor(heldMeeting());
    }

    private static Minutes circulated() {
        Minutes minutes = draft();
        minutes.circulate(CIRCULATED);
        return minutes;
    }

    private static ApprovalDecision decisionOfLaterMeeting() {
        return ApprovalDecision.of(MeetingFixtures.later(LATER_MEETING_ID, BODY_ID), "ICSSE/2026/012");
    }

    private static Minutes approved() {
        Minutes minutes = circulated();
        minutes.approveBySecretariat(CIRCULATED.plus(WEEK));
        return minutes;
    }

    // drafting

    @Test
    void draftMinutesHaveOneEmptySectionPerAgendaItemAndTheAttendanceOfTheMeeting() {
        Minutes minutes = draft();

        assertThat(minutes.meetingId()).isEqualTo(MEETING_ID);
        assertThat(minutes.bodyId()).isEqualTo(BODY_ID);
        assertThat(minutes.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(minutes.sections()).extracting(MinutesSection::itemId).containsExactly(1L, 2L);
        assertThat(minutes.sections()).noneMatch(MinutesSection::isWritten);
        assertThat(minutes.attendance()).containsExactly(AttendanceLine.inPerson(A), AttendanceLine.byProxy(B, A));
        assertThat(minutes.circulatedAt()).isNull();
        assertThat(minutes.approvedBy()).isNull();
        assertThat(minutes.isApproved()).isFalse();
    }

    @Test
    void minutesAreDraftedOnlyForAMeetingThatHasSat() {
        assertConflict(() -> Minutes.draftFor(MeetingFixtures.plannedWithAgenda()), "status", "minutes.meetingNotHeld");
        assertThat(Minutes.draftFor(MeetingFixtures.inSession()).status()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void theSecretariatWritesEachSectionInRichText() {
        Minutes minutes = draft();

        minutes.writeSection(2L, "<p>The report was <strong>received</strong>.</p>\r\n<p>Thanks.</p>\t");
        minutes.writeSection(1L, "## Motion 100\n\nAdopted.");

        assertThat(minutes.section(2L).text()).isEqualTo("<p>The report was <strong>received</strong>.</p>\n<p>Thanks.</p>");
        assertThat(minutes.section(1L).text()).isEqualTo("## Motion 100\n\nAdopted.");
        minutes.writeSection(1L, "  ");
        assertThat(minutes.section(1L).isWritten()).as("a blank text empties the section").isFalse();
    }

    @Test
    void aSectionHasAtMostAHundredThousandCharactersAndNoControlCharacters() {
        Minutes minutes = draft();

        minutes.writeSection(1L, "x".repeat(100_000));
        assertThat(minutes.section(1L).text()).hasSize(100_000);
        assertInvalid(() -> minutes.writeSection(1L, "x".repeat(100_001)), "text", "value.tooLong");
        assertInvalid(() -> minutes.writeSection(1L, "bell\u0007"), "text", "value.controlCharacters");
    }

    @Test
    void aSectionBelongsToAnItemOfTheAgenda() {
        assertThatThrownBy(() -> draft().writeSection(9L, "text")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAttendanceListIsReplacedByTheOneTheApplicationPasses() {
        Minutes minutes = draft();

        minutes.recordAttendance(List.of(AttendanceLine.inPerson(C), AttendanceLine.byProxy(A, C)));

        assertThat(minutes.attendance()).containsExactly(AttendanceLine.inPerson(C), AttendanceLine.byProxy(A, C));
        assertInvalid(() -> minutes.recordAttendance(List.of(AttendanceLine.inPerson(C), AttendanceLine.byProxy(C, A))),
                "attendance", "minutes.attendanceTwice");
    }

    @Test
    void onlyADraftIsEdited() {
        Minutes minutes = circulated();

        assertConflict(() -> minutes.writeSection(1L, "late"), "status", "minutes.notDraft");
        assertConflict(() -> minutes.recordAttendance(List.of()), "status", "minutes.notDraft");
    }

    // circulation and comments

    @Test
    void circulatedMinutesTakeCommentsAndObjections() {
        Minutes minutes = circulated();

        minutes.comment(A, "Typo in item 2.", false, CIRCULATED.plusSeconds(60));
        minutes.comment(C, "Our vote is misreported.", true, CIRCULATED.plusSeconds(120));

        assertThat(minutes.status()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(minutes.circulatedAt()).isEqualTo(CIRCULATED);
        assertThat(minutes.commentPeriodEnd()).isEqualTo(CIRCULATED.plus(WEEK));
        assertThat(minutes.comments()).extracting(MinutesComment::networkId, MinutesComment::isObjection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(A, false), org.assertj.core.groups.Tuple.tuple(C, true));
        assertThat(minutes.objections()).extracting(MinutesComment::networkId).containsExactly(C);
    }

    @Test
    void commentsComeOnlyWhileCirculatedAndNotBeforeTheCirculation() {
        assertConflict(() -> draft().comment(A, "Too early", false, CIRCULATED), "status", "minutes.notCirculated");
        assertInvalid(() -> circulated().comment(A, "Before", false, CIRCULATED.minusSeconds(1)), "when",
                "minutes.commentBeforeCirculation");
        assertInvalid(() -> circulated().comment(A, " ", false, CIRCULATED), "text", "value.required");
        assertInvalid(() -> circulated().comment(A, "x".repeat(10_001), false, CIRCULATED), "text", "value.tooLong");
    }

    @Test
    void circulatedMinutesGoBackToDraftForACorrectionAndTheCommentPeriodStartsAgain() {
        Minutes minutes = circulated();
        minutes.comment(C, "Our vote is misreported.", true, CIRCULATED.plusSeconds(60));

        minutes.returnToDraft();
        assertThat(minutes.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(minutes.objections()).isEmpty();
        minutes.writeSection(1L, "Corrected.");
        Instant again = CIRCULATED.plus(Duration.ofDays(2));
        minutes.circulate(again);

        assertThat(minutes.comments()).as("comments stay on record").hasSize(1);
        assertThat(minutes.objections()).as("only objections to this circulation count").isEmpty();
        assertConflict(() -> minutes.approveBySecretariat(CIRCULATED.plus(WEEK)), "status", "minutes.commentPeriodOpen");
        minutes.approveBySecretariat(again.plus(WEEK));
        assertThat(minutes.isApproved()).isTrue();
    }

    // approval by the secretariat

    @Test
    void theSecretariatApprovesAfterExactlySevenDaysWithoutObjection() {
        Minutes minutes = circulated();
        minutes.comment(A, "Fine by us.", false, CIRCULATED.plusSeconds(60));

        minutes.approveBySecretariat(CIRCULATED.plus(WEEK));

        assertThat(minutes.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(minutes.approvedBy()).isEqualTo(MinutesApproval.SECRETARIAT);
        assertThat(minutes.approvedAt()).isEqualTo(CIRCULATED.plus(WEEK));
        assertThat(minutes.approvingMeetingId()).isNull();
    }

    @Test
    void oneMillisecondShortOfSevenDaysIsTooEarly() {
        Minutes minutes = circulated();

        assertConflict(() -> minutes.approveBySecretariat(CIRCULATED.plus(WEEK).minusMillis(1)), "status",
                "minutes.commentPeriodOpen");
        assertThat(minutes.status()).isEqualTo(MinutesStatus.CIRCULATED);
    }

    @Test
    void anObjectionStopsTheSecretariat() {
        Minutes minutes = circulated();
        minutes.comment(C, "We object.", true, CIRCULATED.plusSeconds(60));

        assertConflict(() -> minutes.approveBySecretariat(CIRCULATED.plus(Duration.ofDays(30))), "comments", "minutes.objected");
        assertThat(minutes.status()).isEqualTo(MinutesStatus.CIRCULATED);
    }

    @Test
    void draftMinutesAreNotApproved() {
        assertThatThrownBy(() -> draft().approveBySecretariat(CIRCULATED.plus(WEEK))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft().approveByDecision(decisionOfLaterMeeting(), CIRCULATED))
                .isInstanceOf(IllegalTransitionException.class);
    }

    // approval by decision

    @Test
    void aLaterMeetingOfTheSameBodyApprovesByDecisionWhateverTheObjections() {
        Minutes minutes = circulated();
        minutes.comment(C, "We object.", true, CIRCULATED.plusSeconds(60));

        minutes.approveByDecision(decisionOfLaterMeeting(), CIRCULATED.plus(Duration.ofDays(1)));

        assertThat(minutes.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(minutes.approvedBy()).isEqualTo(MinutesApproval.DECISION);
        assertThat(minutes.approvingMeetingId()).isEqualTo(LATER_MEETING_ID);
        assertThat(minutes.decisionReference()).isEqualTo("ICSSE/2026/012");
        assertThat(minutes.approvedAt()).isEqualTo(CIRCULATED.plus(Duration.ofDays(1)));
    }

    @Test
    void aDecisionOfAnotherBodyTheSameMeetingOrAnEarlierOneDoesNotApprove() {
        Minutes minutes = circulated();

        assertConflict(() -> minutes.approveByDecision(ApprovalDecision.of(MeetingFixtures.later(LATER_MEETING_ID, OTHER_BODY_ID), null),
                CIRCULATED), "decision", "minutes.decisionOtherBody");
        assertConflict(() -> minutes.approveByDecision(ApprovalDecision.of(MeetingFixtures.planned(), null), CIRCULATED),
                "decision", "minutes.decisionSameMeeting");
        assertConflict(() -> minutes.approveByDecision(new ApprovalDecision(LATER_MEETING_ID, BODY_ID, T0, null), CIRCULATED),
                "decision", "minutes.decisionNotLater");
        assertThat(minutes.status()).isEqualTo(MinutesStatus.CIRCULATED);
    }

    @Test
    void aDecisionNamesItsMeetingAndAtMostAShortReference() {
        assertInvalid(() -> new ApprovalDecision(null, BODY_ID, T0, null), "decision", "value.required");
        assertInvalid(() -> new ApprovalDecision(LATER_MEETING_ID, BODY_ID, T0, "x".repeat(41)), "reference", "value.tooLong");
        assertThat(new ApprovalDecision(LATER_MEETING_ID, BODY_ID, T0, " ").reference()).isNull();
    }

    // approved minutes never change

    @Test
    void approvedMinutesRefuseEveryChange() {
        Minutes minutes = approved();
        Map<String, Object> before = minutes.snapshot();

        List<ThrowingCallable> changes = List.of(
                () -> minutes.writeSection(1L, "rewritten"),
                () -> minutes.recordAttendance(List.of()),
                () -> minutes.circulate(CIRCULATED.plus(Duration.ofDays(9))),
                () -> minutes.returnToDraft(),
                () -> minutes.comment(A, "Too late", true, CIRCULATED.plus(Duration.ofDays(9))),
                () -> minutes.approveBySecretariat(CIRCULATED.plus(Duration.ofDays(9))),
                () -> minutes.approveByDecision(decisionOfLaterMeeting(), CIRCULATED.plus(Duration.ofDays(9))));
        for (ThrowingCallable change : changes) {
            assertConflict(change, "status", "minutes.approved");
        }
        assertThat(minutes.snapshot()).isEqualTo(before);
    }

    @Test
    void theReadersOfMinutesCannotChangeThem() {
        Minutes minutes = draft();

        assertThatThrownBy(() -> minutes.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> minutes.attendance().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> minutes.comments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSnapshotRecordsTheMinutesForTheAuditLog() {
        Minutes minutes = circulated();
        minutes.comment(C, "We object.", true, CIRCULATED.plusSeconds(60));

        Map<String, Object> s = minutes.snapshot();

        assertThat(s).containsEntry("meetingId", MEETING_ID).containsEntry("bodyId", BODY_ID)
                .containsEntry("status", "CIRCULATED").containsEntry("comments", 1).containsEntry("objections", 1)
                .containsEntry("circulatedAt", "2026-06-10T12:00:00Z").containsEntry("approvedBy", null);
        assertThat((List<?>) s.get("sections")).hasSize(2);
        assertThat((List<?>) s.get("attendance")).hasSize(2);
    }

    @Test
    void onlyApprovedMinutesHaveADocumentOnRecordKeptWithTheHashOfItsBytes() {
        byte[] pdf = "%PDF-1.7 the minutes".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Instant rendered = CIRCULATED.plus(WEEK);

        assertThatThrownBy(() -> MinutesDocument.approved(circulated(), pdf, rendered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MinutesDocument.approved(draft(), pdf, rendered)).isInstanceOf(IllegalStateException.class);

        MinutesDocument document = MinutesDocument.approved(approved(), pdf, rendered);
        assertThat(document.meetingId()).isEqualTo(MEETING_ID);
        assertThat(document.renderedAt()).isEqualTo(rendered);
        // SHA-256 of the bytes, as sha256sum prints it
        assertThat(document.sha256()).isEqualTo("9b02add9177d330caa01d4e40b6841e929b1ef49c622d760b7f8e315ba41b9cb");
        pdf[0] = 'X';
        assertThat(document.pdf()[0]).as("a copy of the bytes is kept").isEqualTo((byte) '%');
        document.pdf()[1] = 'X';
        assertThat(document.pdf()[1]).as("a copy of the bytes is given").isEqualTo((byte) 'P');
    }
}
