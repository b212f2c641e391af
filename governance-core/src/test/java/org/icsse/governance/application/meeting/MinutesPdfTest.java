package org.icsse.governance.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Outcome;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.domain.meeting.MinutesApproval;
import org.icsse.governance.domain.meeting.MinutesStatus;
import org.junit.jupiter.api.Test;

class MinutesPdfTest {

    private static final String COALITION = "International Coalition of the Social and Solidarity Economy";
    private static final NetworkRef RIPESS = new NetworkRef(1, "RIPESS", "Réseau intercontinental de l'ESS");
    private static final NetworkRef REAS = new NetworkRef(2, "REAS", "Red de Redes de Economía Alternativa y Solidaria");
    private static final NetworkRef CHANTIER = new NetworkRef(3, "CESS", "Chantier de l'économie sociale");

    private static MinutesView minutes(MinutesStatus status, List<MinutesView.Section> sections,
            List<MinutesView.Comment> comments) {
        List<MinutesView.Attendance> attendance = List.of(
                new MinutesView.Attendance(RIPESS, null, List.of("Ana Núñez", "Jean Côté")),
                new MinutesView.Attendance(CHANTIER, REAS, List.of()),
                new MinutesView.Attendance(REAS, null, List.of("Iñaki Peña")));
        boolean approved = status == MinutesStatus.APPROVED;
        return new MinutesView(42, "Assemblée générale de printemps", "GA", "General Assembly",
                Instant.parse("2026-03-12T13:30:00Z"), Instant.parse("2026-03-12T17:00:00Z"), "America/Bogota", "Bogotá, Casa de la Economía Solidaria", "https://meet.example.org/ga", status,
                sections, attendance, comments, List.of(new MinutesView.BallotResult(9, 1L, "GA-2026-003",
                        "Budget annuel", Outcome.ADOPTED, true, new Tally(new Count(7, 10), new Count(3, 4), new Count(1, 1)),
                        "ICSSE/2026/012", Instant.parse("2026-03-12T15:00:00Z"))), Instant.parse("2026-03-20T10:00:00Z"),
                Instant.parse("2026-03-27T10:00:00Z"), approved ? MinutesApproval.DECISION : null,
                approved ? Instant.parse("2026-06-02T15:00:00Z") : null, approved ? "GA-2026-07" : null,
                new MinutesView.Actions(false, false, false, false, false));
    }

    private static MinutesView minutes() {
        return minutes(MinutesStatus.APPROVED,
                List.of(new MinutesView.Section(1, "M-2026-003 Budget annuel",
                        "<p>La séance a adopté le budget; la señora Muñoz a présenté le rapport de la trésorerie.</p>"
                                + "<ul><li>Point <strong>un</strong><li>Point deux</ul>")),
                List.of(new MinutesView.Comment(REAS, "Pas d'objection.", false, Instant.parse("2026-03-21T09:00:00Z"))));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // The counters of the footer are drawn after the words around them: read in reading order.
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // Lines wrap where the layout decides: compare texts with their white space collapsed.
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void pdfShowsCoalitionMeetingDateAttendanceSectionsAndPageNumbers() throws IOException {
        List<String> pages = pages(MinutesPdf.pdf(minutes(), COALITION, Locale.ENGLISH));

        assertThat(pages).hasSize(1);
        String text = pages.get(0);
        assertThat(text).contains(COALITION, "Assemblée générale de printemps", "General Assembly",
                // 13:30 UTC is 8:30 in Bogotá: the meeting's own time zone.
                "March 12, 2026", "8:30", "America/Bogota",
                "Place: Bogotá, Casa de la Economía Solidaria / https://meet.example.org/ga",
                "Approved on June 2, 2026 by decision GA-2026-07",
                "RIPESS — Réseau intercontinental de l'ESS (delegates: Ana Núñez, Jean Côté)",
                "CESS — Chantier de l'économie sociale, by proxy of REAS — Red de Redes de Economía Alternativa y Solidaria",
                "M-2026-003 Budget annuel", "la señora Muñoz a présenté le rapport de la trésorerie",
                "Point un", "Pas d'objection.",
                "page 1 of 1");
    }

    @Test
    void ballotResultsAreRecordedWithTheirTotalsAndDecisionNumber() throws IOException {
        String text = pages(MinutesPdf.pdf(minutes(), COALITION, Locale.ENGLISH)).get(0);

        assertThat(text).contains("Results of the ballots", "GA-2026-003 Budget annuel", "Adopted. Decision ICSSE/2026/012.",
                "Secret ballot, closed at 10:00 AM", "For: 7 networks (weight 10); against: 3 networks (weight 4);"
                        + " abstaining: 1 networks (weight 1).");
    }

    @Test
    void labelsAndDatesFollowTheLocale() throws IOException {
        String french = pages(MinutesPdf.pdf(minutes(), COALITION, Locale.FRENCH)).get(0);
        String spanish = pages(MinutesPdf.pdf(minutes(), COALITION, new Locale("es"))).get(0);

        assertThat(french).contains("Procès-verbal", "12 mars 2026", "par procuration à REAS", "Présences", "page 1 sur 1");
        assertThat(spanish).contains("Acta", "12 de marzo de 2026", "por poder de REAS", "Asistencia", "página 1 de 1");
    }

    @Test
    void languageWithoutLabelsFallsBackToEnglish() throws IOException {
        String text = pages(MinutesPdf.pdf(minutes(), COALITION, Locale.GERMAN)).get(0);

        assertThat(text).contains("Attendance", "page 1 of 1");
    }

    @Test
    void longMinutesRunOverSeveralPagesEachWithHeaderAndItsNumber() throws IOException {
        List<MinutesView.Section> sections = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new MinutesView.Section(i, "Point " + i + " de l'ordre du jour",
                        "<p>" + "Le débat sur la motion a été long et animé; señor Ibáñez a répondu. ".repeat(12) + "</p>"))
                .toList();
        List<String> pages = pages(MinutesPdf.pdf(minutes(MinutesStatus.DRAFT, sections, List.of()), COALITION,
                Locale.ENGLISH));

        assertThat(pages).hasSizeGreaterThan(2);
        int total = pages.size();
        for (int page = 1; page <= total; page++) {
            assertThat(pages.get(page - 1))
                    .contains(COALITION, "Assemblée générale de printemps", "March 12, 2026")
                    .contains("page " + page + " of " + total);
        }
        assertThat(String.join("\n", pages)).contains("Draft minutes", "Point 40 de l'ordre du jour");
    }

    @Test
    void hostileCommentIsPrintedLiterally() throws IOException {
        String hostile = "<script>alert('x')</script> & </div><h1>Forged</h1> ]]> <!-- end";
        MinutesView minutes = minutes(MinutesStatus.CIRCULATED,
                List.of(new MinutesView.Section(1, "Heading <b>not bold</b>", "<p>Unclosed <em>emphasis<p>and a <div>stray")),
                List.of(new MinutesView.Comment(CHANTIER, hostile, true, Instant.parse("2026-03-22T09:00:00Z"))));

        String text = String.join("\n", pages(MinutesPdf.pdf(minutes, COALITION, Locale.ENGLISH)));

        assertThat(text).contains(hostile, "Heading <b>not bold</b>", "Unclosed emphasis", "and a stray", "objection",
                "Circulated on March 20, 2026; comments until March 27, 2026.");
    }

    @Test
    void namesBeyondWesternEuropeKeepTheirLetters() throws IOException {
        NetworkRef polish = new NetworkRef(4, "OWES", "Ogólnopolska sieć ekonomii społecznej");
        NetworkRef greek = new NetworkRef(5, "ΚΑΛΟ", "Κοινωνική Οικονομία Ελλάδας");
        MinutesView minutes = new MinutesView(8, "Łódź, İstanbul, Москва", "GA", "General Assembly",
                Instant.parse("2026-01-05T09:00:00Z"), Instant.parse("2026-01-05T10:00:00Z"), "Europe/Warsaw",
                null, "https://meet.example.org/bureau", MinutesStatus.DRAFT, List.of(), List.of(new MinutesView.Attendance(polish, greek, List.of())), List.of(),
                List.of(), null, null, null, null, null, new MinutesView.Actions(false, false, false, false, false));

        String text = pages(MinutesPdf.pdf(minutes, COALITION, Locale.ENGLISH)).get(0);

        assertThat(text).contains("Łódź, İstanbul, Москва", "Ogólnopolska sieć ekonomii społecznej",
                "Κοινωνική Οικονομία Ελλάδας").doesNotContain("#");
    }

    @Test
    void minutesWithoutSectionsOrAttendanceStillRender() throws IOException {
        MinutesView empty = new MinutesView(7, "Bureau", "BUR", "Bureau", Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-05T10:00:00Z"), "UTC", "Dakar", null, MinutesStatus.DRAFT, List.of(), List.of(), List.of(), List.of(), null,
                null, null, null, null, new MinutesView.Actions(true, true, false, false, false));

        String text = pages(MinutesPdf.pdf(empty, COALITION, Locale.ENGLISH)).get(0);

        assertThat(text).contains("No network was present.", "page 1 of 1");
    }
}
