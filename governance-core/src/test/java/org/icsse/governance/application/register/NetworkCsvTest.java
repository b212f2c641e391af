package org.icsse.governance.application.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class NetworkCsvTest {

    private static final String HEADER = "name,acronym,region,category,weight\n";
    private static final Predicate<Acronym> NONE_REGISTERED = acronym -> false;

    private static List<NetworkForm> read(String csv) {
        return NetworkCsv.read(new StringReader(csv), NONE_REGISTERED);
    }

    private static CsvImportException refused(String csv, Predicate<Acronym> registered) {
        return catchThrowableOfType(CsvImportException.class, () -> NetworkCsv.read(new StringReader(csv), registered));
    }

    private static CsvImportException refused(String csv) {
        return refused(csv, NONE_REGISTERED);
    }

    private static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFileWithABomAndQuotedFieldsIsRead() {
        String csv = "\uFEFF" + HEADER
                + "\"Réseau, Intercontinental\",ripess,GLOBAL,INTERNATIONAL_NETWORK,3\r\n"
                + "\"Global \"\"Social\"\" Economy Forum\",GSEF,ASIA_PACIFIC,ACTION_ADVOCACY,\n"
                + "Mutuals of Africa , MA , AFRICA , MEMBER_BASED , 2 \n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        List<NetworkForm> forms = NetworkCsv.read(utf8(bytes), NONE_REGISTERED);

        assertThat(forms).containsExactly(
                new NetworkForm("Réseau, Intercontinental", "ripess", "GLOBAL", "INTERNATIONAL_NETWORK", 3, null),
                new NetworkForm("Global \"Social\" Economy Forum", "GSEF", "ASIA_PACIFIC", "ACTION_ADVOCACY", 1, null),
                new NetworkForm("Mutuals of Africa", "MA", "AFRICA", "MEMBER_BASED", 2, null));
    }

    @Test
    void theHeaderMayBeInAnyCaseAndEmptyLinesAreSkipped() {
        List<NetworkForm> forms = read("Name,ACRONYM,Region,Category,Weight\n\nICA Network,ICA,GLOBAL,MEMBER_BASED,1\n\n");

        assertThat(forms).extracting(NetworkForm::acronym).containsExactly("ICA");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndField() {
        String csv = HEADER
                + "Good One,GOOD,EUROPE,MEMBER_BASED,1\n"     // line 2
                + "Bad Region,BR,MARS,MEMBER_BASED,1\n"       // line 3
                + "Zero Weight,ZW,EUROPE,MEMBER_BASED,0\n"    // line 4
                + " ,BLANK,EUROPE,MEMBER_BASED,1\n"           // line 5
                + "Bad Acronym,1AB,EUROPE,MEMBER_BASED,1\n"   // line 6
                + "Many,X,NOWHERE,NONE,heavy\n";              // line 7

        CsvImportException e = refused(csv);

        assertThat(e.errors())
                .extracting(CsvImportException.RowError::line, CsvImportException.RowError::field, r -> r.problem().messageKey())
                .containsExactly(
                        tuple(3L, "region", "value.choice"),
                        tuple(4L, "weight", "weight.range"),
                        tuple(5L, "name", "value.required"),
                        tuple(6L, "acronym", "acronym.form"),
                        tuple(7L, "acronym", "acronym.form"),
                        tuple(7L, "region", "value.choice"),
                        tuple(7L, "category", "value.choice"),
                        tuple(7L, "weight", "weight.range"));
        assertThat(e.messageKey()).isEqualTo("values.invalid");
        assertThat(e.getMessage()).contains("line 3, region: Must be one of: AFRICA, ASIA_PACIFIC")
                .contains("line 4, weight: The weight must be a whole number from 1 to 1,000.");
    }

    @Test
    void theLastLineIsNumberedRightWithoutAFinalNewline() {
        CsvImportException e = refused(HEADER + "Good,GOOD,EUROPE,MEMBER_BASED,1\nBad,BAD,MARS,MEMBER_BASED,1");

        assertThat(e.errors()).extracting(CsvImportException.RowError::line).containsExactly(3L);
    }

    @Test
    void linesAreNumberedAsInTheFileWithWindowsLineEndsAndEmptyLines() {
        CsvImportException e = refused("name,acronym,region,category,weight\r\n\r\nGood,GOOD,EUROPE,MEMBER_BASED,1\r\n"
                + "Bad,BAD,MARS,MEMBER_BASED,1\r\n");

        assertThat(e.errors()).extracting(CsvImportException.RowError::line).containsExactly(4L);
    }

    @Test
    void aDuplicateAcronymNamesTheLineWhereItFirstAppeared() {
        CsvImportException e = refused(HEADER
                + "First,ICA,GLOBAL,MEMBER_BASED,1\n"
                + "Other,GSEF,GLOBAL,MEMBER_BASED,1\n"
                + "Second,ica,GLOBAL,MEMBER_BASED,1\n");

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.field()).isEqualTo("acronym");
            assertThat(error.problem().messageKey()).isEqualTo("csv.duplicate");
            assertThat(error.problem().arguments()).containsExactly("ICA", 2L);
        });
    }

    @Test
    void anAcronymAlreadyInTheRegisterIsAConflict() {
        Set<Acronym> registered = Set.of(new Acronym("ICA"));

        CsvImportException e = refused(HEADER + "New,GSEF,GLOBAL,MEMBER_BASED,1\nTaken,ica,GLOBAL,MEMBER_BASED,1\n",
                registered::contains);

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("acronym");
            assertThat(error.problem()).isInstanceOf(ConflictException.class);
            assertThat(error.problem().messageKey()).isEqualTo("acronym.taken");
            assertThat(error.problem().arguments()).containsExactly("ICA");
        });
    }

    @Test
    void aWrongHeaderIsRefusedAndNothingElseIsRead() {
        CsvImportException e = refused("name,acronym,region,weight,category\nICA,ICA,GLOBAL,1,MEMBER_BASED\n");

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.field()).isEqualTo("header");
            assertThat(error.problem().messageKey()).isEqualTo("csv.header");
            assertThat(error.problem().arguments()).containsExactly("name,acronym,region,category,weight");
        });
    }

    @Test
    void aHeaderWithMissingColumnsIsRefused() {
        assertThat(refused("name,acronym,region,category\n").errors())
                .extracting(CsvImportException.RowError::field).containsExactly("header");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsRefusedWithBothCounts() {
        CsvImportException e = refused(HEADER + "ICA,ICA,GLOBAL,MEMBER_BASED\nGSEF,GSEF,GLOBAL,MEMBER_BASED,1,extra\n");

        assertThat(e.errors())
                .extracting(CsvImportException.RowError::line, CsvImportException.RowError::field, r -> r.problem().messageKey(),
                        r -> List.of(r.problem().arguments()))
                .containsExactly(
                        tuple(2L, "row", "csv.columns", List.of(5, 4)),
                        tuple(3L, "row", "csv.columns", List.of(5, 6)));
    }

    @Test
    void anEmptyFileIsRefused() {
        for (String empty : List.of("", "\n\n", HEADER, HEADER + "\n")) {
            CsvImportException e = refused(empty);

            assertThat(e.errors()).as("file %s", empty.replace("\n", "\\n"))
                    .extracting(CsvImportException.RowError::line, CsvImportException.RowError::field, r -> r.problem().messageKey())
                    .containsExactly(tuple(0L, "file", "csv.empty"));
        }
    }

    @Test
    void anUnterminatedQuoteMakesTheFileUnreadable() {
        CsvImportException e = refused(HEADER + "\"ICA,ICA,GLOBAL,MEMBER_BASED,1\n");

        assertThat(e.errors()).extracting(CsvImportException.RowError::field, r -> r.problem().messageKey())
                .contains(tuple("file", "csv.unreadable"));
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("Network ").append(i).append(",N").append(i).append(",EUROPE,MEMBER_BASED,1\n");
        }
        return csv.toString();
    }

    @Test
    void tenThousandRowsAreRead() {
        assertThat(read(rows(NetworkCsv.MAX_ROWS))).hasSize(10_000);
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        CsvImportException e = refused(rows(NetworkCsv.MAX_ROWS + 1));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(10_002);
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.problem().messageKey()).isEqualTo("csv.tooLarge");
        });
    }

    @Test
    void tenThousandRowsWithSeveralErrorsInOneRowAreNotTooLarge() {
        String csv = HEADER + " ,BAD,MARS,NONE,0\n" + rows(NetworkCsv.MAX_ROWS - 1).substring(HEADER.length());

        CsvImportException e = refused(csv);

        assertThat(e.errors()).extracting(r -> r.problem().messageKey())
                .containsExactly("value.required", "value.choice", "value.choice", "weight.range");
    }

    @Test
    void nothingIsReturnedWhenOneRowOfManyIsBad() {
        String csv = rows(50) + "Bad,BAD,MARS,MEMBER_BASED,1\n";

        CsvImportException e = refused(csv);

        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).line()).isEqualTo(52);
    }

    @Test
    void theRegisterIsNotAskedAboutADuplicateWithinTheFile() {
        List<Acronym> asked = new java.util.ArrayList<>();
        refused(HEADER + "A,ICA,GLOBAL,MEMBER_BASED,1\nB,ICA,GLOBAL,MEMBER_BASED,1\n", acronym -> {
            asked.add(acronym);
            return false;
        });

        assertThat(asked).containsExactly(new Acronym("ICA"));
    }
}
