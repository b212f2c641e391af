package org.icsse.governance.domain.decision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * The number of a decision in the register: {@code ICSSE/<year>/<sequence>}, the sequence counted from 1 in
 * each year across all bodies and written with at least three digits ({@code ICSSE/2026/012}). One spelling:
 * {@link #parse} accepts exactly what {@link #toString} writes.
 */
public record DecisionNumber(int year, int sequence) implements Comparable<DecisionNumber> {

    public static final String PREFIX = "ICSSE";
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 9999;
    public static final int SEQUENCE_MAX = 999_999;

    private static final Pattern FORM = Pattern.compile(PREFIX + "/(\\d{4})/(\\d{3}|[1-9]\\d{3,5})");

    public DecisionNumber {
        if (year < YEAR_MIN || year > YEAR_MAX) {
            throw new IllegalArgumentException("year " + year);
        }
        if (sequence < 1 || sequence > SEQUENCE_MAX) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
    }

    /** @throws InvalidValueException ({@code number}, {@code decisionNumber.form}) for anything but the canonical form */
    public static DecisionNumber parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidValueException("number", "decisionNumber.form");
        }
        int year = Integer.parseInt(m.group(1));
        int sequence = Integer.parseInt(m.group(2));
        if (year < YEAR_MIN || sequence < 1) {
            throw new InvalidValueException("number", "decisionNumber.form");
        }
        return new DecisionNumber(year, sequence);
    }

    @Override
    public int compareTo(DecisionNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("%s/%d/%03d", PREFIX, year, sequence);
    }
}
