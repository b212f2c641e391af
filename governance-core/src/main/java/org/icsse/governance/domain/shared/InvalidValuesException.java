package org.icsse.governance.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Several values of one form break rules of the domain; each violation names its field. */
public class InvalidValuesException extends DomainException {

    private final transient List<InvalidValueException> violations;

    public InvalidValuesException(List<InvalidValueException> violations) {
        super("values.invalid", violations.stream().map(v -> v.field() + ": " + v.getMessage()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<InvalidValueException> violations() {
        return violations;
    }
}
