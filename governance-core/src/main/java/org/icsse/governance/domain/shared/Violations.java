package org.icsse.governance.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every invalid value of a form before refusing it, so that a person sees all their mistakes
 * at once rather than one per attempt.
 */
public final class Violations {

    private final List<InvalidValueException> found = new ArrayList<>();

    /** The value the check builds, or {@code null} when it refused the value (which is then recorded). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValuesException e) {
            found.addAll(e.violations());
            return null;
        } catch (InvalidValueException e) {
            found.add(e);
            return null;
        }
    }

    public void add(InvalidValueException violation) {
        found.add(violation);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the whole form when any value was invalid. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValuesException(found);
        }
    }
}
