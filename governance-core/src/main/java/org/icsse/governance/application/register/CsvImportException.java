package org.icsse.governance.application.register;

import java.util.List;
import java.util.stream.Collectors;

import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.domain.shared.InvalidValueException;

/** A CSV import refused: every bad row, with its line number (0 for the file as a whole). */
public class CsvImportException extends DomainException {

    private final transient List<RowError> errors;

    public CsvImportException(List<RowError> errors) {
        super("values.invalid", errors.stream().map(RowError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    /** One problem of one line. */
    public record RowError(long line, DomainException problem) {

        public String field() {
            if (problem instanceof InvalidValueException invalid) {
                return invalid.field();
            }
            return problem instanceof ConflictException conflict ? conflict.field() : null;
        }

        @Override
        public String toString() {
            return "line " + line + ", " + field() + ": " + problem.getMessage();
        }
    }
}
