package org.icsse.governance.domain.motion;

import java.time.Instant;

import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.body.BodyCode;

/** MotionFixtures in a given state, for the unit tests (stateless: every call builds new objects). */
final class MotionFixtures {

    static final long MOTION_ID = 100L;
    static final long BODY_ID = 1L;
    static final BodyCode GA = new BodyCode("GA");
    static final long PROPOSER = 10L;
    static final long OTHER = 20L;
    static final long THIRD = 30L;
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final String TEXT = "The coalition adopts a shared charter.\n\nIt publishes it in three languages.\n\nIt reviews it every year.";

    private MotionFixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static MotionNumber number(int sequence) {
        return new MotionNumber(GA, 2026, sequence);
    }

    static Motion draft() {
        return Motion.draft(MOTION_ID, BODY_ID, GA, PROPOSER, "Shared charter", TEXT, "Because we share values.",
                Language.EN, T0);
    }

    static Motion submitted() {
        Motion motion = draft();
        motion.submit(number(7), at(1));
        return motion;
    }

    static Motion admitted() {
        Motion motion = submitted();
        motion.second(OTHER, at(2));
        motion.admit(1);
        return motion;
    }

    static Motion onAgenda() {
        Motion motion = admitted();
        motion.putOnAgenda();
        return motion;
    }

    /** A submitted amendment to the motion, seconded by {@link #THIRD}. */
    static Amendment submittedAmendment(Motion motion, long id, Integer paragraph, String text, int sequence) {
        Amendment amendment = motion.proposeAmendment(id, OTHER, "Amendment title", paragraph, text, null, at(10));
        amendment.submit(number(sequence), at(11));
        amendment.second(THIRD, at(12));
        return amendment;
    }

    /** An amendment taken through its whole workflow to the given outcome. */
    static Amendment decidedAmendment(Motion motion, long id, Integer paragraph, String text, int sequence,
            boolean adopted) {
        Amendment amendment = submittedAmendment(motion, id, paragraph, text, sequence);
        amendment.admit(1);
        amendment.putOnAgenda();
        amendment.startVoting();
        amendment.recordOutcome(adopted);
        return amendment;
    }
}
