package org.icsse.governance.web.pages.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.domain.meeting.MeetingStatus;

/**
 * meetings/console.xhtml: the chair's page during the sitting — the agenda with the item under discussion,
 * opening, adjourning, resuming and closing the sitting, attendance for any network, proxies and the quorum
 * meter, kept up to date by the page's socket when anyone changes the meeting; and the ballots on the item
 * under discussion ({@link ConsoleBallotsBacking}, fed with each meeting shown).
 */
@Named
@ViewScoped
public class MeetingConsoleBacking extends MeetingPanels {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleBallotsBacking ballots;

    @Override
    protected void show(MeetingView view) {
        super.show(view);
        ballots.showMeeting(view, isPresiding());
    }

    public void open() {
        call(() -> meetings.open(getId()));
    }

    public void adjourn() {
        call(() -> meetings.adjourn(getId()));
    }

    public void resume() {
        call(() -> meetings.resume(getId()));
    }

    public void close() {
        call(() -> meetings.close(getId()));
    }

    public void takeUp(long itemId) {
        call(() -> meetings.advanceTo(getId(), itemId));
    }

    public boolean isCanOpen() {
        return isPresiding() && meetingStatus() == MeetingStatus.PLANNED;
    }

    public boolean isCanAdjourn() {
        return isPresiding() && meetingStatus().canBecome(MeetingStatus.ADJOURNED);
    }

    public boolean isCanResume() {
        return isPresiding() && meetingStatus() == MeetingStatus.ADJOURNED;
    }

    public boolean isCanClose() {
        return isPresiding() && meetingStatus().canBecome(MeetingStatus.CLOSED);
    }
}
