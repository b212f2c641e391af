package org.icsse.governance.domain.motion;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * The number a motion receives when it is submitted: {@code GA-2026-007}, that is the code of the body,
 * the year, and the sequence within that body and year, shown with at least three digits.
 * <p>
 * Amendments are numbered with the same scheme, drawn from the same sequence of their body and year:
 * the amendment to {@code GA-2026-007} may be {@code GA-2026-012}. One counter per body and year for
 * everything put to a body's vote means a number alone names one question without ambiguity (on a
 * ballot, in a version's history, in the decisions register), and the no-gap rule holds for all of it.
 * <p>
 * The text form is canonical: {@link #parse} accepts exactly what {@link #toString} writes (no
 * {@code GA-2026-07}, no {@code GA-2026-0007}), so a number has one spelling.
 */
public record MotionNumber(BodyCode body, int year, int sequence) implements Comparable<MotionNumber> {

    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 9999;
    public static final int SEQUENCE_MAX = 999_999;

    private static final Pattern FORM = Pattern.compile("([A-Z]{2,8})-(\\d{4})-(\\d{3}|[1-9]\\d{3,5})");

    public MotionNumber {
        if (body == null) {
            throw new InvalidValueException("number", "value.required");
        }
        if (year < YEAR_MIN || year > YEAR_MAX) {
            // the bounds as text: a year is never written 2,000
            throw new InvalidValueException("year", "value.range", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
        }
        if (sequence < 1 || sequence > SEQUENCE_MAX) {
            throw new InvalidValueException("sequence", "value.range", "1", String.valueOf(SEQUENCE_MAX));
        }
    }

    /** The number written as {@code GA-2026-007}; surrounding blanks are ignored. */
    public static MotionNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("number", "value.required");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("number", "motionNumber.form");
        }
        try {
            return new MotionNumber(new BodyCode(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("number", "motionNumber.form");
        }
    }

    @Override
    public int compareTo(MotionNumber other) {
        int byBody = body.value().compareTo(other.body.value());
        if (byBody != 0) {
            return byBody;
        }
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("%s-%d-%03d", body.value(), year, sequence);
    }

    /** Whether this number belongs to the given body. */
    public boolean isOf(BodyCode code) {
        return Objects.equals(body, code);
    }
}
