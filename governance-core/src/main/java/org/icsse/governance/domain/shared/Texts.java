package org.icsse.governance.domain.shared;

/** Checks shared by the value objects and entities that hold free text typed by people. */
public final class Texts {

    private Texts() {
    }

    /**
     * A required single-line text: trimmed, not blank, at most {@code max} characters, and without
     * control characters (which have no place in a name and hide things from readers).
     */
    public static String requireLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "value.required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "value.tooLong", max);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "value.controlCharacters");
        }
        return trimmed;
    }

    /** An optional single-line text: {@code null} when blank, otherwise as {@link #requireLine}. */
    public static String optionalLine(String field, String value, int max) {
        return value == null || value.isBlank() ? null : requireLine(field, value, max);
    }

    /** A whole number within bounds. */
    public static int requireRange(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new InvalidValueException(field, "value.required");
        }
        if (value < min || value > max) {
            throw new InvalidValueException(field, "value.range", min, max);
        }
        return value;
    }

    /** A required choice among an enum's constants, given by name. */
    public static <E extends Enum<E>> E requireEnum(String field, Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(field, "value.required");
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "value.choice", String.join(", ", names(type)));
        }
    }

    private static <E extends Enum<E>> String[] names(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        return names;
    }
}
