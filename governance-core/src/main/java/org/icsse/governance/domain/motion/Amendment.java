package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * A proposed change to an admitted motion: a replacement text for the whole motion or for one of its
 * paragraphs. It follows the workflow of a motion and is seconded the same way; it is decided before the
 * motion it amends, and once adopted the motion applies it ({@link Motion#applyAdoptedAmendment}).
 * Proposed through {@link Motion#proposeAmendment}, which checks the motion may be amended.
 */
@Entity
@DiscriminatorValue("AMENDMENT")
public class Amendment extends Proposal {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "amends_id", updatable = false)
    private Motion motion;

    @Column(name = "paragraph", updatable = false)
    private Integer paragraph;

    @Column(name = "title", nullable = false, updatable = false, length = Motion.TITLE_MAX)
    private String title;

    @Column(name = "text", nullable = false, updatable = false, length = Motion.TEXT_MAX)
    private String text;

    @Column(name = "rationale", updatable = false, length = Motion.RATIONALE_MAX)
    private String rationale;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant proposedAt;

    protected Amendment() {
        // for JPA
    }

    Amendment(Long id, Motion motion, Long proposerNetworkId, String title, Integer paragraph, String text,
            String rationale, Instant when) {
        super(id, motion.bodyId(), motion.bodyCode(), proposerNetworkId);
        this.motion = motion;
        this.paragraph = paragraph;
        Violations violations = new Violations();
        this.title = violations.check(() -> Texts.requireLine("title", title, Motion.TITLE_MAX));
        this.text = violations.check(() -> MotionTexts.requireText("text", text, Motion.TEXT_MAX));
        this.rationale = violations.check(() -> MotionTexts.optionalText("rationale", rationale, Motion.RATIONALE_MAX));
        violations.throwIfAny();
        if (paragraph != null && MotionTexts.hasBlankLine(this.text)) {
            throw new InvalidValueException("text", "amendment.paragraphBlankLine");
        }
        this.proposedAt = Objects.requireNonNull(when, "when");
    }

    public void startVoting() {
        moveTo(MotionStatus.VOTING);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = super.snapshot();
        s.put("amendsId", motionId());
        s.put("paragraph", paragraph);
        s.put("title", title);
        return s;
    }

    /** The amended motion's id. */
    public Long motionId() {
        return motion.id();
    }

    /** What the amendment does, in a line. */
    public String title() {
        return title;
    }

    /** The rationale, or {@code null} when none was given. */
    public String rationale() {
        return rationale;
    }

    /** The paragraph it replaces (from 1), or empty when it replaces the whole text. */
    public Optional<Integer> paragraph() {
        return Optional.ofNullable(paragraph);
    }

    public boolean replacesWholeText() {
        return paragraph == null;
    }

    /** The replacement text. */
    public String text() {
        return text;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    @Override
    public String toString() {
        return "Amendment " + (number() == null ? "(draft " + id() + ")" : number()) + " to motion " + motionId();
    }
}
