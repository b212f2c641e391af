package org.icsse.governance.application.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.Region;
import org.icsse.governance.domain.network.Weight;
import org.icsse.governance.domain.shared.ConflictException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;

/**
 * Reads a CSV file of networks and checks every row against the domain's rules, the file's other
 * rows and the register, before anything is stored.
 */
final class NetworkCsv {

    static final List<String> HEADER = List.of("name", "acronym", "region", "category", "weight");
    static final int MAX_ROWS = 10_000;

    private NetworkCsv() {
    }

    /** The rows as forms, when every row is good; otherwise a {@link CsvImportException} naming every bad row. */
    static List<NetworkForm> read(Reader source, Predicate<Acronym> registered) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<NetworkForm> forms = new ArrayList<>();
        List<CsvImportException.RowError> errors = new ArrayList<>();
        Map<String, Long> lineOfAcronym = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            boolean header = true;
            int rows = 0;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!headerMatches(record)) {
                        errors.add(new CsvImportException.RowError(line,
                                new InvalidValueException("header", "csv.header", String.join(",", HEADER))));
                        break;
                    }
                    continue;
                }
                // counts rows, not errors: one row may have several
                if (++rows > MAX_ROWS) {
                    errors.add(new CsvImportException.RowError(line, new InvalidValueException("file", "csv.tooLarge", MAX_ROWS)));
                    break;
                }
                if (record.size() != HEADER.size()) {
                    errors.add(new CsvImportException.RowError(line,
                            new InvalidValueException("row", "csv.columns", HEADER.size(), record.size())));
                    continue;
                }
                checkRow(record, line, registered, lineOfAcronym, forms, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new CsvImportException.RowError(0, new InvalidValueException("file", "csv.unreadable")));
        }
        if (errors.isEmpty() && forms.isEmpty()) {
            errors.add(new CsvImportException.RowError(0, new InvalidValueException("file", "csv.empty")));
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        return forms;
    }

    private static boolean headerMatches(CSVRecord record) {
        if (record.size() != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            String cell = record.get(i).strip();
            if (i == 0 && cell.startsWith("\uFEFF")) {
                cell = cell.substring(1);
            }
            if (!HEADER.get(i).equalsIgnoreCase(cell)) {
                return false;
            }
        }
        return true;
    }

    private static void checkRow(CSVRecord record, long line, Predicate<Acronym> registered, Map<String, Long> lineOfAcronym,
            List<NetworkForm> forms, List<CsvImportException.RowError> errors) {
        Violations violations = new Violations();
        List<DomainException> rowErrors = new ArrayList<>();
        violations.check(() -> Texts.requireLine("name", record.get(0), MemberNetwork.NAME_MAX));
        Acronym acronym = violations.check(() -> new Acronym(record.get(1)));
        violations.check(() -> Texts.requireEnum("region", Region.class, record.get(2)));
        violations.check(() -> Texts.requireEnum("category", NetworkCategory.class, record.get(3)));
        Integer weight = violations.check(() -> parseWeight(record.get(4)));
        try {
            violations.throwIfAny();
        } catch (org.icsse.governance.domain.shared.InvalidValuesException e) {
            rowErrors.addAll(e.violations());
        }
        if (acronym != null) {
            Long first = lineOfAcronym.putIfAbsent(acronym.value(), line);
            if (first != null) {
                rowErrors.add(new InvalidValueException("acronym", "csv.duplicate", acronym.value(), first));
            } else if (registered.test(acronym)) {
                rowErrors.add(new ConflictException("acronym", "acronym.taken", acronym.value()));
            }
        }
        if (rowErrors.isEmpty()) {
            forms.add(new NetworkForm(record.get(0), record.get(1), record.get(2), record.get(3), weight, null));
        } else {
            rowErrors.forEach(error -> errors.add(new CsvImportException.RowError(line, error)));
        }
    }

    private static Integer parseWeight(String text) {
        if (text == null || text.isBlank()) {
            return Weight.ONE.value();
        }
        try {
            return new Weight(Integer.parseInt(text.strip())).value();
        } catch (NumberFormatException e) {
            throw new InvalidValueException("weight", "weight.range", 1, Weight.MAX);
        }
    }
}
