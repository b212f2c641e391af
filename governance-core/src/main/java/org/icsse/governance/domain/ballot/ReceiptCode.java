package org.icsse.governance.domain.ballot;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * The code a voter receives when a vote is cast, to check later that it was counted: {@value #SYMBOLS}
 * random symbols of Crockford's base 32 ({@code 0-9} and the capital letters without {@code I L O U}), so
 * {@value #SYMBOLS} × 5 = {@value #BITS} bits of randomness, written in groups of four:
 * {@code 7K3M-9QXD-0AHT-R5ZW}.
 * <p>
 * Parsing is strict: exactly that form, in upper or lower case; no missing or extra hyphens, no surrounding
 * blanks, and none of Crockford's lenient substitutions ({@code O} for {@code 0}, {@code I}/{@code L} for
 * {@code 1}) — a receipt has one spelling, the upper-case one.
 */
public record ReceiptCode(String value) {

    /** The symbols, in the order of their values 0 to 31. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int SYMBOLS = 16;
    public static final int BITS_PER_SYMBOL = 5;
    public static final int BITS = SYMBOLS * BITS_PER_SYMBOL;
    public static final int GROUP = 4;

    private static final String FIELD = "receipt";
    private static final String SYMBOL = "[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]";
    private static final Pattern FORM = Pattern.compile(SYMBOL + "{4}(?:-" + SYMBOL + "{4}){3}");

    /** @throws InvalidValueException ({@code receipt}, {@code receipt.form}) unless the value has the form above */
    public ReceiptCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, "receipt.form");
        }
        // only ASCII letters of the alphabet got past the pattern, so upper-casing cannot bring anything else in
        value = value.toUpperCase(Locale.ROOT);
    }

    /** A fresh code of {@value #BITS} random bits; pass a {@link java.security.SecureRandom} in production. */
    public static ReceiptCode random(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        StringBuilder text = new StringBuilder(SYMBOLS + SYMBOLS / GROUP - 1);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append('-');
            }
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(text.toString());
    }

    /**
     * The code written as {@code 7K3M-9QXD-0AHT-R5ZW}, in either case.
     *
     * @throws InvalidValueException ({@code receipt}, {@code receipt.form}) for anything else, null and blank included
     */
    public static ReceiptCode parse(String text) {
        return new ReceiptCode(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
