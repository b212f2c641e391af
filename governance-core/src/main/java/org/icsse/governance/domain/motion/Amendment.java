package org.icsse.governance.domain.motion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * A proposed change to an admitted motion: a replacement text for the whole motion or for one of its
 * paragraphs. It follows the workflow of a motion and is seconded the same way; it is decided before the
 * motion it amends, and once adopted the motion applies it ({@link Motion#applyAdoptedAmendment}).
 * Proposed through {@link Motion#proposeAmendment}, which checks the motion may be amended.
 */
public class Amendment extends Proposal {

    private final Long motionId;
    private final Integer paragraph;
    private final String text;
    private final Instant proposedAt;

    Amendment(Long id, Motion motion, Long proposerNetworkId, Integer paragraph, String text, Instant when) {
        super(id, motion.bodyId(), motion.bodyCode(), proposerNetworkId);
        this.motionId = motion.id();
        this.paragraph = paragraph;
        this.text = MotionTexts.requireText("text", text, Motion.TEXT_MAX);
        if (paragraph != null && MotionTexts.hasBlankLine(this.text)) {
            throw new InvalidValueException("text", "amendment.paragraphBlankLine");
        }
        this.proposedAt = Objects.requireNonNull(when, "when");
    }

    public void startVoting() {
        moveTo(MotionStatus.VOTING);
    }

    /** The amended motion. */
    public Long motionId() {
        return motionId;
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
        return "Amendment " + (number() == null ? "(draft " + id() + ")" : number()) + " to motion " + motionId;
    }
}
