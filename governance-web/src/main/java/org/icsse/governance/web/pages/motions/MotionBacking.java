package org.icsse.governance.web.pages.motions;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.ballot.BallotForm;
import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.motion.MotionActions;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.application.motion.TranslationForm;
import org.icsse.governance.application.motion.VersionComparison;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.application.text.Markup;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.motion.Authority;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.motion.MotionText;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;
import org.icsse.governance.web.pages.meetings.BallotLine;
import org.icsse.governance.web.pages.motions.MotionParts.DiffRow;
import org.icsse.governance.web.pages.motions.MotionParts.HistoryRow;
import org.icsse.governance.web.pages.motions.MotionParts.SecondRow;
import org.icsse.governance.web.pages.motions.MotionParts.TranslationRow;
import org.icsse.governance.web.pages.motions.MotionParts.VersionRow;

/**
 * motions/motion.xhtml: one motion or amendment in the reader's language with what is authoritative,
 * its seconds, amendments, versions side by side, translations and history; the workflow buttons are
 * those the service says the reader may use. Each action is one service call, then a message and the
 * page again. The chair and the secretariat open a remote ballot on an admitted motion or amendment, with a
 * deadline typed in their own time zone; the ballots taken on it are listed for every reader.
 */
@Named
@ViewScoped
public class MotionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> TRANSLATION_FIELDS = List.of("language", "title", "text");
    private static final List<String> COMPARISON_FIELDS = List.of("from", "to");
    /** The fields of the remote ballot form, by the names the ballot service gives its refusals. */
    private static final List<String> REMOTE_FIELDS = List.of("majority", "quorum.networksPercent", "quorum.weightPercent",
            "closesAt");

    @Inject
    MotionService service;

    @Inject
    UserSession session;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    @Inject
    BallotService ballots;

    @Inject
    BodyRegister bodies;

    private Long id;
    private boolean found;
    private boolean amendment;
    private String number;
    private String status;
    private long bodyId;
    private String body;
    private String proposer;
    private Long amendsId;
    private String amendsNumber;
    private String paragraph;
    private String shownTitle;
    private String shownHtml;
    private String authorityNote;
    private boolean translated;
    private boolean showingOriginal;
    private String originalTitle;
    private String originalHtml;
    private String rationaleHtml;
    private String secondsCount;
    private List<SecondRow> seconds = List.of();
    private List<MotionRow> amendments = List.of();
    private List<VersionRow> versions = List.of();
    private List<SelectItem> versionOptions = List.of();
    private List<TranslationRow> translations = List.of();
    private List<HistoryRow> history = List.of();
    private boolean canEdit;
    private boolean canSubmit;
    private boolean canSecond;
    private boolean canAdmit;
    private boolean canPostpone;
    private boolean canWithdraw;
    private boolean canAmend;
    private boolean canTranslate;
    private boolean staff;
    private List<SelectItem> languageOptions;

    private Integer from;
    private Integer to;
    private boolean compared;
    private List<DiffRow> titleDiff = List.of();
    private List<DiffRow> textDiff = List.of();
    private final FieldErrors comparisonErrors = new FieldErrors();

    private String translationLanguage;
    private String translationTitle;
    private String translationText;
    private boolean translationOfficial;
    private final FieldErrors translationErrors = new FieldErrors();

    private List<BallotLine> motionBallots = List.of();
    private boolean canOpenRemoteBallot;
    private List<SelectItem> majorityOptions = List.of();
    private String remoteMajority;
    private boolean remoteDoubleMajority;
    private Integer remoteQuorumNetworksPercent;
    private Integer remoteQuorumWeightPercent;
    private boolean remoteSecret;
    private LocalDateTime remoteDeadline;
    private final FieldErrors remoteErrors = new FieldErrors();

    /** The view action: the motion in the reader's language and its history; a refusal is a message, not an error page. */
    public void load() {
        languageOptions = messages.options("language", EnumSet.allOf(Language.class));
        staff = security.isCallerInRole(Role.SECRETARIAT.name()) || security.isCallerInRole(Role.ADMIN.name());
        if (id == null) {
            messages.error("motion.notFound");
            return;
        }
        try {
            show(service.get(id, session.getLanguage()));
            history = service.history(id).stream().map(h -> new HistoryRow(h.when(), h.actor(), h.action())).toList();
            motionBallots = ballots.ofMotion(id).stream().map(BallotLine::new).toList();
            found = true;
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    private void show(MotionView view) {
        amendment = view.amendment();
        number = view.number();
        status = view.status().name();
        bodyId = view.bodyId();
        body = view.bodyCode() + " - " + view.bodyName();
        proposer = view.proposer().acronym() + " - " + view.proposer().name();
        amendsId = view.amendsId();
        amendsNumber = view.amendsNumber();
        paragraph = view.paragraph() == null ? messages.text("amendment.wholeText")
                : messages.text("amendment.paragraphNumber", view.paragraph());
        originalTitle = view.title();
        originalHtml = Markup.toSafeHtml(view.text());
        MotionText shown = view.shown();
        Authority authority = shown == null ? Authority.ORIGINAL : shown.authority();
        Language original = shown == null ? view.language() : shown.original();
        shownTitle = shown == null ? view.title() : shown.title();
        shownHtml = shown == null ? originalHtml : Markup.toSafeHtml(shown.text());
        translated = authority != Authority.ORIGINAL;
        authorityNote = messages.text("motion.authority." + authority.name(), messages.text("language.in." + original.name()));
        rationaleHtml = Markup.toSafeHtml(view.rationale());
        secondsCount = view.seconds().size() + " / " + view.secondsRequired();
        seconds = view.seconds().stream().map(s -> new SecondRow(s.network().acronym(), s.when())).toList();
        amendments = view.amendments().stream().map(MotionRow::new).toList();
        versions = view.versions().stream().map(v -> new VersionRow(v.number(), v.when(),
                v.author() == null ? null : v.author().acronym(), v.amendmentNumber())).toList();
        versionOptions = view.versions().stream()
                .map(v -> new SelectItem(v.number(), messages.text("motion.versionNumber", v.number()))).toList();
        to = versions.isEmpty() ? null : Integer.valueOf(versions.size());
        from = versions.size() < 2 ? to : Integer.valueOf(versions.size() - 1);
        MotionActions actions = view.actions();
        translations = view.translations().stream().map(t -> new TranslationRow(t.language().name(), t.title(), t.official(),
                t.ofVersion(), t.when(), actions.approveTranslation() && !t.official())).toList();
        canEdit = actions.edit();
        canSubmit = actions.submit();
        canSecond = actions.second();
        canAdmit = actions.admit();
        canPostpone = actions.postpone();
        canWithdraw = actions.withdraw();
        canAmend = actions.amend();
        canTranslate = actions.translate();
        // who opens ballots is the ballot service's rule: the chair or the secretariat; remote ballots on admitted ones
        canOpenRemoteBallot = view.status() == MotionStatus.ADMITTED
                && (security.isCallerInRole(Role.CHAIR.name()) || security.isCallerInRole(Role.SECRETARIAT.name()));
        if (canOpenRemoteBallot) {
            presetRemoteBallot();
        }
        translationLanguage = null;
        translationTitle = null;
        translationText = null;
        translationOfficial = false;
    }

    public String submit() {
        return act(() -> service.submit(id), "motion.done.submitted");
    }

    public String second() {
        return act(() -> service.second(id), "motion.done.seconded");
    }

    public String admit() {
        return act(() -> service.admit(id), "motion.done.admitted");
    }

    public String postpone() {
        return act(() -> service.postpone(id), "motion.done.postponed");
    }

    public String withdraw() {
        return act(() -> service.withdraw(id), "motion.done.withdrawn");
    }

    public String approveTranslation(String language) {
        return act(() -> service.approveTranslation(id, language), "motion.done.translationApproved");
    }

    /** Adds the translation typed in the form; a refusal is shown next to its field. */
    public String translate() {
        TranslationForm form = new TranslationForm(translationLanguage, translationTitle, translationText, staff && translationOfficial);
        if (forms.submit(translationErrors, TRANSLATION_FIELDS, () -> service.translate(id, form))) {
            messages.info("motion.done.translated");
            MotionNavigation.keepMessages();
            return MotionNavigation.motionPage(id);
        }
        return null;
    }

    /** The rules of the body, preselected in the remote ballot form; no deadline yet. */
    private void presetRemoteBallot() {
        majorityOptions = messages.options("majority", EnumSet.allOf(MajorityRule.class));
        BodyRules rules = bodies.get(bodyId).rules();
        remoteMajority = rules.majority().name();
        remoteQuorumNetworksPercent = rules.quorum().networks().value();
        remoteQuorumWeightPercent = rules.quorum().weight().value();
        remoteDoubleMajority = false;
        remoteSecret = false;
        remoteDeadline = null;
    }

    /**
     * Opens a remote ballot with the rules as set, closing at the deadline typed in the reader's time zone; a
     * refusal is shown next to its field.
     */
    public String openRemoteBallot() {
        if (remoteDeadline == null) {
            // without a deadline the service would take it for a ballot in a meeting
            remoteErrors.clear();
            remoteErrors.getByField().put("closesAt", messages.text("remoteBallot.deadlineRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        Instant deadline = remoteDeadline.atZone(session.getZone()).toInstant();
        String closesAt = deadline.toString();
        BallotForm form = new BallotForm(id, remoteMajority, remoteDoubleMajority, remoteQuorumNetworksPercent,
                remoteQuorumWeightPercent, remoteSecret, closesAt);
        if (forms.submit(remoteErrors, REMOTE_FIELDS, () -> ballots.open(form))) {
            messages.info("remoteBallot.opened", number == null ? "" : number, messages.instant(deadline));
            MotionNavigation.keepMessages();
            return MotionNavigation.motionPage(id);
        }
        return null;
    }

    /** Puts the two chosen versions side by side. */
    public void compare() {
        compared = forms.submit(comparisonErrors, COMPARISON_FIELDS, () -> {
            VersionComparison comparison = service.compare(id, from == null ? 0 : from, to == null ? 0 : to);
            titleDiff = comparison.title().stream().map(DiffRow::new).toList();
            textDiff = comparison.text().stream().map(DiffRow::new).toList();
            return comparison;
        });
    }

    /** Shows the original text beside the translation, or hides it. */
    public void toggleOriginal() {
        showingOriginal = !showingOriginal;
    }

    private String act(Supplier<MotionView> call, String doneKey) {
        try {
            call.get();
        } catch (DomainException refusal) {
            messages.error(refusal);
            return null;
        }
        messages.info(doneKey, number == null ? "" : number);
        MotionNavigation.keepMessages();
        return MotionNavigation.motionPage(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAmendment() {
        return found && amendment;
    }

    public boolean isMotion() {
        return found && !amendment;
    }

    public String getNumber() {
        return number;
    }

    public boolean isNumbered() {
        return number != null;
    }

    public String getStatus() {
        return status;
    }

    public long getBodyId() {
        return bodyId;
    }

    public String getBody() {
        return body;
    }

    public String getProposer() {
        return proposer;
    }

    public Long getAmendsId() {
        return amendsId;
    }

    public String getAmendsNumber() {
        return amendsNumber;
    }

    public String getParagraph() {
        return paragraph;
    }

    public String getShownTitle() {
        return shownTitle;
    }

    public String getShownHtml() {
        return shownHtml;
    }

    public String getAuthorityNote() {
        return authorityNote;
    }

    public boolean isTranslated() {
        return translated;
    }

    public boolean isShowingOriginal() {
        return translated && showingOriginal;
    }

    public String getOriginalTitle() {
        return originalTitle;
    }

    public String getOriginalHtml() {
        return originalHtml;
    }

    public String getRationaleHtml() {
        return rationaleHtml;
    }

    public boolean isRationaleGiven() {
        return rationaleHtml != null && !rationaleHtml.isEmpty();
    }

    public String getSecondsCount() {
        return secondsCount;
    }

    public List<SecondRow> getSeconds() {
        return seconds;
    }

    public List<MotionRow> getAmendments() {
        return amendments;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<SelectItem> getVersionOptions() {
        return versionOptions;
    }

    public boolean isComparable() {
        return isMotion() && versions.size() > 1;
    }

    public List<TranslationRow> getTranslations() {
        return translations;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isCanSubmit() {
        return canSubmit;
    }

    public boolean isCanSecond() {
        return canSecond;
    }

    public boolean isCanAdmit() {
        return canAdmit;
    }

    public boolean isCanPostpone() {
        return canPostpone;
    }

    public boolean isCanWithdraw() {
        return canWithdraw;
    }

    public boolean isCanAmend() {
        return canAmend;
    }

    public boolean isCanTranslate() {
        return canTranslate;
    }

    /** Only the secretariat marks a translation official. */
    public boolean isStaff() {
        return staff;
    }

    public List<SelectItem> getLanguageOptions() {
        return languageOptions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public boolean isCompared() {
        return compared;
    }

    public List<DiffRow> getTitleDiff() {
        return titleDiff;
    }

    public List<DiffRow> getTextDiff() {
        return textDiff;
    }

    public FieldErrors getComparisonErrors() {
        return comparisonErrors;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(String translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public String getTranslationTitle() {
        return translationTitle;
    }

    public void setTranslationTitle(String translationTitle) {
        this.translationTitle = translationTitle;
    }

    public String getTranslationText() {
        return translationText;
    }

    public void setTranslationText(String translationText) {
        this.translationText = translationText;
    }

    public boolean isTranslationOfficial() {
        return translationOfficial;
    }

    public void setTranslationOfficial(boolean translationOfficial) {
        this.translationOfficial = translationOfficial;
    }

    public FieldErrors getTranslationErrors() {
        return translationErrors;
    }

    public List<BallotLine> getBallots() {
        return motionBallots;
    }

    public boolean isBallotsShown() {
        return found && !motionBallots.isEmpty();
    }

    /** The chair or the secretariat, on an admitted motion or amendment: the remote ballot form shows. */
    public boolean isCanOpenRemoteBallot() {
        return found && canOpenRemoteBallot;
    }

    public List<SelectItem> getMajorityOptions() {
        return majorityOptions;
    }

    public String getRemoteMajority() {
        return remoteMajority;
    }

    public void setRemoteMajority(String remoteMajority) {
        this.remoteMajority = remoteMajority;
    }

    public boolean isRemoteDoubleMajority() {
        return remoteDoubleMajority;
    }

    public void setRemoteDoubleMajority(boolean remoteDoubleMajority) {
        this.remoteDoubleMajority = remoteDoubleMajority;
    }

    public Integer getRemoteQuorumNetworksPercent() {
        return remoteQuorumNetworksPercent;
    }

    public void setRemoteQuorumNetworksPercent(Integer remoteQuorumNetworksPercent) {
        this.remoteQuorumNetworksPercent = remoteQuorumNetworksPercent;
    }

    public Integer getRemoteQuorumWeightPercent() {
        return remoteQuorumWeightPercent;
    }

    public void setRemoteQuorumWeightPercent(Integer remoteQuorumWeightPercent) {
        this.remoteQuorumWeightPercent = remoteQuorumWeightPercent;
    }

    public boolean isRemoteSecret() {
        return remoteSecret;
    }

    public void setRemoteSecret(boolean remoteSecret) {
        this.remoteSecret = remoteSecret;
    }

    /** The deadline as typed, a date and time in the reader's time zone. */
    public LocalDateTime getRemoteDeadline() {
        return remoteDeadline;
    }

    public void setRemoteDeadline(LocalDateTime remoteDeadline) {
        this.remoteDeadline = remoteDeadline;
    }

    /** The reader's time zone, named beside the deadline. */
    public String getTimeZone() {
        return session.getTimeZone();
    }

    public FieldErrors getRemoteErrors() {
        return remoteErrors;
    }
}
