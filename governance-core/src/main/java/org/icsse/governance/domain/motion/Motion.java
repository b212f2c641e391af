package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * A proposal put to a body by a member network: its title, text and rationale in its original language,
 * the history of its text, its translations, and the amendments proposed to it.
 * <p>
 * Its id comes from the caller (the repository's sequence), like every id it refers to: the body's, the
 * networks', the amendments'. The instants come from the caller too; the domain reads no clock.
 */
@Entity
@DiscriminatorValue("MOTION")
public class Motion extends Proposal {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 100_000;
    public static final int RATIONALE_MAX = 20_000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(length = RATIONALE_MAX)
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @ElementCollection
    @CollectionTable(name = "motion_version", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderBy("number")
    private List<MotionVersion> versions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "motion_translation", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<Translation> translations = new ArrayList<>();

    @OneToMany(mappedBy = "motion")
    @OrderBy("id")
    private List<Amendment> amendments = new ArrayList<>();

    protected Motion() {
        // for JPA
    }

    private Motion(Long id, Long bodyId, BodyCode bodyCode, Long proposerNetworkId, String title, String text,
            String rationale, Language language, Instant when) {
        super(id, bodyId, bodyCode, proposerNetworkId);
        this.title = title;
        this.text = text;
        this.rationale = rationale;
        this.language = language;
        this.draftedAt = when;
        versions.add(new MotionVersion(1, title, text, when, proposerNetworkId, null));
    }

    /** A delegate drafts a motion for their network, in a body of which the network is a member. */
    public static Motion draft(Long id, Long bodyId, BodyCode bodyCode, Long proposerNetworkId, String title, String text,
            String rationale, Language language, Instant when) {
        Objects.requireNonNull(when, "when");
        Violations violations = new Violations();
        String checkedTitle = violations.check(() -> Texts.requireLine("title", title, TITLE_MAX));
        String checkedText = violations.check(() -> MotionTexts.requireText("text", text, TEXT_MAX));
        String checkedRationale = violations.check(() -> MotionTexts.optionalText("rationale", rationale, RATIONALE_MAX));
        if (language == null) {
            violations.add(new InvalidValueException("language", "value.required"));
        }
        violations.throwIfAny();
        return new Motion(id, bodyId, bodyCode, proposerNetworkId, checkedTitle, checkedText, checkedRationale, language,
                when);
    }

    /** The proposer changes the title, text and rationale until admission; each edit is a new version. */
    public void edit(Long byNetworkId, String newTitle, String newText, String newRationale, Instant when) {
        Objects.requireNonNull(when, "when");
        requireProposer(byNetworkId);
        if (status() != MotionStatus.DRAFT && status() != MotionStatus.SUBMITTED) {
            throw new ConflictException("status", "motion.editClosed", status().name());
        }
        Violations violations = new Violations();
        String checkedTitle = violations.check(() -> Texts.requireLine("title", newTitle, TITLE_MAX));
        String checkedText = violations.check(() -> MotionTexts.requireText("text", newText, TEXT_MAX));
        String checkedRationale = violations.check(() -> MotionTexts.optionalText("rationale", newRationale, RATIONALE_MAX));
        violations.throwIfAny();
        this.rationale = checkedRationale;
        newVersion(checkedTitle, checkedText, when, byNetworkId, null);
    }

    /**
     * A member network proposes an amendment to this motion, once admitted: a replacement for the whole
     * text ({@code paragraph} {@code null}) or for one paragraph, counted from 1.
     */
    public Amendment proposeAmendment(Long amendmentId, Long networkId, String title, Integer paragraph,
            String replacement, String rationale, Instant when) {
        Objects.requireNonNull(amendmentId, "amendmentId");
        if (status() != MotionStatus.ADMITTED && status() != MotionStatus.ON_AGENDA) {
            throw new ConflictException("status", "amendment.motionClosed", status().name());
        }
        int count = paragraphs().size();
        if (paragraph != null && (paragraph < 1 || paragraph > count)) {
            throw new InvalidValueException("paragraph", "value.range", 1, count);
        }
        Amendment amendment = new Amendment(amendmentId, this, networkId, title, paragraph, replacement, rationale, when);
        amendments.add(amendment);
        return amendment;
    }

    /**
     * Puts the motion to its own vote; {@code amendments} are all the amendments proposed to it, and none
     * may still be undecided (a draft never submitted does not hold the motion back).
     */
    public void startVoting(Collection<Amendment> amendments) {
        Map<Long, Amendment> byId = amendments.stream()
                .collect(Collectors.toMap(Amendment::id, Function.identity(), (a, b) -> a));
        for (Amendment amendment : byId.values()) {
            if (!id().equals(amendment.motionId())) {
                throw new IllegalArgumentException(amendment + " is not an amendment to motion " + id());
            }
        }
        if (!byId.keySet().containsAll(amendmentIds())) {
            throw new IllegalArgumentException("the amendments of motion " + id() + " are " + amendmentIds()
                    + ", given " + byId.keySet());
        }
        List<String> undecided = byId.values().stream()
                .filter(a -> a.status().isUndecided())
                .map(a -> String.valueOf(a.number()))
                .sorted()
                .toList();
        status().transitionTo(MotionStatus.VOTING);
        if (!undecided.isEmpty()) {
            throw new ConflictException("amendments", "motion.amendmentsUndecided", String.join(", ", undecided));
        }
        moveTo(MotionStatus.VOTING);
    }

    /**
     * Writes an adopted amendment into the text: a new version, recorded with the amendment's number.
     * Refused unless the amendment is to this motion, adopted, not yet applied, and the motion not yet
     * voted on.
     */
    public void applyAdoptedAmendment(Amendment amendment, Instant when) {
        Objects.requireNonNull(amendment, "amendment");
        Objects.requireNonNull(when, "when");
        if (!id().equals(amendment.motionId()) || !amendmentIds().contains(amendment.id())) {
            throw new ConflictException("amendment", "amendment.otherMotion");
        }
        if (amendment.status() != MotionStatus.ADOPTED) {
            throw new ConflictException("amendment", "amendment.notAdopted", amendment.status().name());
        }
        if (versions.stream().anyMatch(v -> amendment.number().equals(v.amendmentNumber()))) {
            throw new ConflictException("amendment", "amendment.alreadyApplied", amendment.number().toString());
        }
        if (status() != MotionStatus.ADMITTED && status() != MotionStatus.ON_AGENDA && status() != MotionStatus.POSTPONED) {
            throw new ConflictException("status", "amendment.motionClosed", status().name());
        }
        String amended;
        if (amendment.replacesWholeText()) {
            amended = amendment.text();
        } else {
            List<String> paragraphs = new ArrayList<>(paragraphs());
            int index = amendment.paragraph().orElseThrow();
            if (index > paragraphs.size()) {
                throw new ConflictException("amendment", "amendment.paragraphGone", index, paragraphs.size());
            }
            paragraphs.set(index - 1, amendment.text());
            amended = String.join(MotionTexts.PARAGRAPH_SEPARATOR, paragraphs);
        }
        newVersion(title, amended, when, amendment.proposerNetworkId(), amendment.number());
    }

    /**
     * Adds the translation into a language, or replaces the one there was (a new translation starts
     * unofficial unless said otherwise). It translates the current version.
     */
    public void addTranslation(Language into, String translatedTitle, String translatedText, boolean official,
            Instant when) {
        Objects.requireNonNull(when, "when");
        if (into == null) {
            throw new InvalidValueException("language", "value.required");
        }
        if (into == language) {
            throw new ConflictException("language", "translation.originalLanguage", into.name());
        }
        Violations violations = new Violations();
        String checkedTitle = violations.check(() -> Texts.requireLine("title", translatedTitle, TITLE_MAX));
        String checkedText = violations.check(() -> MotionTexts.requireText("text", translatedText, TEXT_MAX));
        violations.throwIfAny();
        translations.removeIf(t -> t.language() == into);
        translations.add(new Translation(into, checkedTitle, checkedText, official, currentVersion().number(), when));
    }

    /** The secretariat approves a translation: it becomes official. */
    public void approveTranslation(Language of) {
        Translation translation = translation(of)
                .orElseThrow(() -> new ConflictException("language", "translation.missing", String.valueOf(of)));
        translations.set(translations.indexOf(translation), translation.approved());
    }

    /** What a reader of that language is shown: the translation into it when there is one, else the original. */
    public MotionText textFor(Language reader) {
        Translation translation = translation(reader).orElse(null);
        if (translation == null) {
            return new MotionText(language, title, text, Authority.ORIGINAL, language);
        }
        return new MotionText(reader, translation.title(), translation.text(),
                translation.official() ? Authority.OFFICIAL_TRANSLATION : Authority.UNOFFICIAL_TRANSLATION, language);
    }

    /** The paragraphs of the current text: its blocks separated by blank lines. */
    public List<String> paragraphs() {
        return MotionTexts.paragraphs(text);
    }

    private void newVersion(String newTitle, String newText, Instant when, Long author, MotionNumber amendmentNumber) {
        this.title = newTitle;
        this.text = newText;
        versions.add(new MotionVersion(versions.size() + 1, newTitle, newText, when, author, amendmentNumber));
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = super.snapshot();
        s.put("title", title);
        s.put("language", language.name());
        s.put("version", currentVersion().number());
        s.put("translations", translations().stream().map(t -> t.language() + (t.official() ? " official" : "")).toList());
        return s;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    /** The rationale, or {@code null} when none was given. */
    public String rationale() {
        return rationale;
    }

    /** The original language: the one of the authoritative text. */
    public Language language() {
        return language;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    /** Every version, the first (the draft) first. */
    public List<MotionVersion> versions() {
        return List.copyOf(versions);
    }

    public MotionVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    public Optional<Translation> translation(Language into) {
        return translations.stream().filter(t -> t.language() == into).findFirst();
    }

    /** The translations, in the order of the languages. */
    public List<Translation> translations() {
        return translations.stream().sorted(Comparator.comparing(Translation::language)).toList();
    }

    /** The ids of the amendments proposed to this motion, in the order they came. */
    public List<Long> amendmentIds() {
        return amendments.stream().map(Amendment::id).toList();
    }

    @Override
    public String toString() {
        return "Motion " + (number() == null ? "(draft " + id() + ")" : number());
    }
}
