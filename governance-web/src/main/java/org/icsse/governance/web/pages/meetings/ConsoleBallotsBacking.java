package org.icsse.governance.web.pages.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionSummary;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.meeting.MeetingStatus;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;

/**
 * The ballots part of the chair console (meetings/console.xhtml), for the chair and the secretariat: opening a
 * ballot on the motion under discussion or one of its amendments (amendments first) with the body's rules
 * preselected, the open ballot's live participation and totals, closing it, its result, and the meeting's
 * ballots. The console feeds it each meeting view it shows; the page's ballot socket calls {@link #refresh()}
 * after each vote, which reads the open ballot only.
 */
@Named
@ViewScoped
public class ConsoleBallotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The fields of the opening form, by the names the ballot service gives its refusals. */
    private static final List<String> FIELDS = List.of("motionId", "amendments", "majority", "quorum.networksPercent",
            "quorum.weightPercent");

    @Inject
    BallotService ballots;

    @Inject
    MotionService motions;

    @Inject
    BodyRegister bodies;

    @Inject
    Forms forms;

    @Inject
    Messages messages;

    @Inject
    UserSession session;

    @Inject
    SecurityContext security;

    private Long meetingId;
    private long bodyId;
    private boolean shown;
    private boolean sitting;
    private Long currentMotionId;
    private List<SelectItem> questions = List.of();
    private List<SelectItem> majorityOptions = List.of();
    private List<BallotLine> meetingBallots = List.of();
    private BallotLine live;
    /** When the open ballot was last read (epoch µs): the page keeps pushed figures only if read later (js/governance.js). */
    private long liveReadAt;
    private BallotLine last;

    private Long question;
    private String majority;
    private boolean doubleMajority;
    private Integer quorumNetworksPercent;
    private Integer quorumWeightPercent;
    private boolean secret;
    private final FieldErrors errors = new FieldErrors();

    /**
     * Takes in the meeting the console shows. The questions and the body's rules are read again when the item
     * under discussion changes; the ballots of the meeting are read on first show (later through {@link #refresh()}
     * and the actions of this part).
     */
    void showMeeting(MeetingView view, boolean presiding) {
        boolean first = meetingId == null;
        meetingId = view.id();
        bodyId = view.bodyId();
        shown = presiding;
        // the administrator presides over meetings but opens no ballot: the ballot service's rule
        boolean officer = security.isCallerInRole(Role.CHAIR.name()) || security.isCallerInRole(Role.SECRETARIAT.name());
        sitting = presiding && officer && view.status() == MeetingStatus.IN_SESSION;
        if (!presiding) {
            return;
        }
        Long motionId = view.agenda().stream().filter(MeetingView.AgendaRow::current).findFirst()
                .map(MeetingView.AgendaRow::motionId).orElse(null);
        if (first || !Objects.equals(motionId, currentMotionId)) {
            currentMotionId = motionId;
            readQuestions();
            resetRules();
        }
        if (first) {
            readBallots();
        }
    }

    /** After a vote, or a ballot opened or closed elsewhere: the open ballot again, or the whole list if it changed. */
    public void refresh() {
        if (meetingId == null || !shown) {
            return;
        }
        if (live != null) {
            try {
                long readAt = now();
                BallotView view = ballots.get(live.getId());
                if (view.isOpen()) {
                    live = new BallotLine(view);
                    liveReadAt = readAt;
                    meetingBallots = meetingBallots.stream().map(line -> line.getId() == view.id() ? live : line).toList();
                    return;
                }
            } catch (DomainException refusal) {
                messages.error(refusal);
                return;
            }
        }
        readBallots();
        readQuestions();
    }

    /** Opens the ballot on the chosen question with the rules as set; a refusal is shown next to its field. */
    public void open() {
        BallotForm form = new BallotForm(question, majority, doubleMajority, quorumNetworksPercent, quorumWeightPercent,
                secret, null);
        if (forms.submit(errors, FIELDS, () -> ballots.open(form))) {
            messages.info("chairBallot.opened");
            readBallots();
            readQuestions();
            resetRules();
        }
    }

    /** Closes the ballot: counted, decided, recorded; the result is shown in its place. */
    public void close(long ballotId) {
        try {
            ballots.close(ballotId);
            messages.info("chairBallot.closed");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        readBallots();
        readQuestions();
    }

    /** Now in microseconds since the epoch, as the figures pushed to the page are stamped (MeetingPush). */
    private static long now() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private void readBallots() {
        try {
            long readAt = now();
            List<BallotLine> lines = ballots.ofMeeting(meetingId).stream().map(BallotLine::new).toList();
            meetingBallots = lines;
            live = lines.stream().filter(BallotLine::isOpen).reduce((a, b) -> b).orElse(null);
            liveReadAt = readAt;
            last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    /**
     * The questions the ballot may be on: the amendments on the agenda with the motion under discussion, first,
     * then the motion itself while it is on the agenda. The first is chosen.
     */
    private void readQuestions() {
        List<SelectItem> items = new ArrayList<>();
        if (currentMotionId != null) {
            try {
                MotionView motion = motions.get(currentMotionId, session.getLanguage());
                for (MotionSummary amendment : motion.amendments()) {
                    if (amendment.status() == MotionStatus.ON_AGENDA) {
                        items.add(new SelectItem(amendment.id(),
                                messages.text("chairBallot.question.amendment", amendment.number(), amendment.title())));
                    }
                }
                if (motion.status() == MotionStatus.ON_AGENDA) {
                    items.add(new SelectItem(motion.id(), messages.text("chairBallot.question.motion", motion.number(), motion.title())));
                }
            } catch (DomainException refusal) {
                messages.error(refusal);
            }
        }
        questions = items;
        boolean stillOffered = question != null && items.stream().anyMatch(item -> question.equals(item.getValue()));
        if (!stillOffered) {
            question = items.isEmpty() ? null : (Long) items.get(0).getValue();
        }
    }

    /** The body's standing rules, preselected. */
    private void resetRules() {
        majorityOptions = messages.options("majority", EnumSet.allOf(MajorityRule.class));
        Optional<BodyRules> rules = Optional.empty();
        try {
            rules = Optional.of(bodies.get(bodyId).rules());
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
        majority = rules.map(r -> r.majority().name()).orElse(MajorityRule.SIMPLE.name());
        quorumNetworksPercent = rules.map(r -> r.quorum().networks().value()).orElse(null);
        quorumWeightPercent = rules.map(r -> r.quorum().weight().value()).orElse(null);
        doubleMajority = false;
        secret = false;
        errors.clear();
    }

    /** The chair or the secretariat, on a meeting not closed: this part shows. */
    public boolean isShown() {
        return shown;
    }

    /** The opening form shows while the meeting sits on a question and no ballot is open. */
    public boolean isCanOpen() {
        return sitting && live == null && !questions.isEmpty();
    }

    public boolean isLiveShown() {
        return live != null;
    }

    /** The result of the latest ballot shows once it has closed, until the next one opens. */
    public boolean isResultShown() {
        return live == null && last != null && !last.isOpen();
    }

    public long getLiveReadAt() {
        return liveReadAt;
    }

    public BallotLine getLive() {
        return live;
    }

    public BallotLine getLast() {
        return last;
    }

    public List<BallotLine> getBallots() {
        return meetingBallots;
    }

    public List<SelectItem> getQuestions() {
        return questions;
    }

    public List<SelectItem> getMajorityOptions() {
        return majorityOptions;
    }

    public Long getQuestion() {
        return question;
    }

    public void setQuestion(Long question) {
        this.question = question;
    }

    public String getMajority() {
        return majority;
    }

    public void setMajority(String majority) {
        this.majority = majority;
    }

    public boolean isDoubleMajority() {
        return doubleMajority;
    }

    public void setDoubleMajority(boolean doubleMajority) {
        this.doubleMajority = doubleMajority;
    }

    public Integer getQuorumNetworksPercent() {
        return quorumNetworksPercent;
    }

    public void setQuorumNetworksPercent(Integer quorumNetworksPercent) {
        this.quorumNetworksPercent = quorumNetworksPercent;
    }

    public Integer getQuorumWeightPercent() {
        return quorumWeightPercent;
    }

    public void setQuorumWeightPercent(Integer quorumWeightPercent) {
        this.quorumWeightPercent = quorumWeightPercent;
    }

    public boolean isSecret() {
        return secret;
    }

    public void setSecret(boolean secret) {
        this.secret = secret;
    }

    /** The refusal about the question: not on the agenda, or a motion whose amendments are undecided. */
    public String getQuestionError() {
        String unknown = errors.getByField().get("motionId");
        String amendments = errors.getByField().get("amendments");
        return unknown == null ? amendments : amendments == null ? unknown : unknown + " " + amendments;
    }

    public FieldErrors getErrors() {
        return errors;
    }
}
