package org.icsse.governance.application.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.meeting.MinutesApproval;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The minutes of a meeting as a PDF: a running header with the coalition's name, the meeting and its date, "page X
 * of Y" at the foot of every page, then the status, the attendance list, one section per agenda item and the
 * comments.
 * <p>
 * The document is built as a jsoup DOM, so every text goes in as a text node and is never parsed as markup; the
 * sections' HTML (sanitised by {@code Markup.sanitizeHtml}) is parsed by jsoup into the same DOM. openhtmltopdf lays
 * it out with CSS paged media and fetches nothing from outside. Labels come from the {@code minutes-pdf} bundle next
 * to this class (English, French, Spanish); dates are shown in the meeting's own time zone.
 */
public final class MinutesPdf {

    /** The media type of what {@link #pdf} returns. */
    public static final String MEDIA_TYPE = "application/pdf";

    static {
        // openhtmltopdf logs a few INFO lines for every document; the server log keeps its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private static final String BUNDLE = "org.icsse.governance.application.meeting.minutes-pdf";
    /**
     * DejaVu Sans (fonts/, Bitstream Vera licence with DejaVu changes in the public domain: fonts/LICENSE-DejaVu.txt),
     * embedded as subsets: PDF's standard fonts only cover Windows-1252, and a network's name may be Polish,
     * Turkish, Greek or Russian. CJK and Arabic scripts are not covered.
     */
    private static final String FONT_FAMILY = "DejaVu Sans";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private static final String CSS = """
            @page {
                size: A4;
                margin: 25mm 20mm 20mm 20mm;
                @top-center { content: element(header); vertical-align: bottom; padding-bottom: 4mm; }
                @bottom-center { content: element(footer); vertical-align: top; padding-top: 4mm; }
            }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.35; color: #111; }
            #header { position: running(header); font-size: 8.5pt; color: #444; text-align: center;
                      border-bottom: 0.5pt solid #888; padding-bottom: 1mm; }
            #header .coalition { font-weight: bold; }
            #footer { position: running(footer); font-size: 8.5pt; color: #444; text-align: center; }
            .page-number::before { content: counter(page); }
            .page-count::before { content: counter(pages); }
            h1 { font-size: 17pt; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm 0; border-bottom: 0.5pt solid #bbb; }
            h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }
            .status { font-style: italic; }
            .comment .meta { font-weight: bold; }
            .objection { color: #a00; }
            blockquote { margin-left: 6mm; color: #333; }
            """;

    private MinutesPdf() {
    }

    /**
     * The minutes as a PDF.
     *
     * @param minutes       the minutes, as the service shows them to the caller
     * @param coalitionName the coalition's name for the running header (e.g. "International Coalition of the Social
     *                      and Solidarity Economy")
     * @param locale        the reader's language: labels and date formats (English when the bundle has no such
     *                      language)
     * @return the PDF file
     */
    public static byte[] pdf(MinutesView minutes, String coalitionName, Locale locale) {
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(coalitionName, "coalitionName");
        Objects.requireNonNull(locale, "locale");
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, locale, MinutesPdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Document document = new Layout(minutes, coalitionName, locale, labels).document();
        return render(document);
    }

    /**
     * The minutes as kept on record (the document kept when they are approved, and sealed in the archive): in
     * English, the coalition's language of record, under the coalition's English name.
     */
    public static byte[] onRecord(MinutesView minutes) {
        String coalition = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, MinutesPdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("coalition.ofRecord");
        return pdf(minutes, coalition, Locale.ENGLISH);
    }

    private static byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // The same new document openhtmltopdf would create, made here so that the fonts can be bound to it.
            PDDocument pdf = new PDDocument();
            PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(pdf);
            font(builder, pdf, Fonts.REGULAR, 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, pdf, Fonts.BOLD, 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, pdf, Fonts.OBLIQUE, 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.useFastMode()
                    // Nothing to fetch: no stylesheet, image or font of the document lives outside it.
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(document), "about:blank")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A font of the document, embedded as a subset, loaded only if the document uses it (as openhtmltopdf loads a
     * font given as a stream); the font file itself is parsed once (see {@link Fonts}).
     */
    private static void font(PdfRendererBuilder builder, PDDocument pdf, TrueTypeFont font, int weight,
                             BaseRendererBuilder.FontStyle style) {
        builder.useFont(new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    return PDType0Font.load(pdf, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, FONT_FAMILY, weight, style, true);
    }

    /**
     * The three DejaVu Sans files, each parsed once for the life of the application: parsing them took longer than
     * laying out and writing a whole document of minutes, for every document. A parsed font is shared by every
     * document, including from several threads at once: PDFBox only reads it after parsing (its lazily read glyphs
     * are read under a lock), and each document builds its own subset from it. It is never closed.
     */
    private static final class Fonts {

        static final TrueTypeFont REGULAR = parse("DejaVuSans.ttf");
        static final TrueTypeFont BOLD = parse("DejaVuSans-Bold.ttf");
        static final TrueTypeFont OBLIQUE = parse("DejaVuSans-Oblique.ttf");

        private static TrueTypeFont parse(String file) {
            try (InputStream in = MinutesPdf.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the class path: fonts/" + file);
                }
                // as PDType0Font.load(document, stream, subset) parses it
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("The font fonts/" + file + " could not be read", e);
            }
        }
    }

    /** Builds the DOM of one PDF. */
    private static final class Layout {

        private final MinutesView minutes;
        private final String coalitionName;
        private final ResourceBundle labels;
        private final ZoneId zone;
        private final DateTimeFormatter date;
        private final DateTimeFormatter time;

        Layout(MinutesView minutes, String coalitionName, Locale locale, ResourceBundle labels) {
            this.minutes = minutes;
            this.coalitionName = coalitionName;
            this.labels = labels;
            this.zone = ZoneId.of(minutes.timeZone());
            this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        }

        Document document() {
            Document document = Document.createShell("");
            document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
            document.head().appendElement("meta").attr("charset", "UTF-8");
            document.head().appendElement("title").text(minutes.meetingTitle());
            document.head().appendElement("style").appendChild(new DataNode(CSS));
            Element body = document.body();
            // Running elements first, so that they reach the first page.
            header(body);
            footer(body);

            body.appendElement("h1").text(minutes.meetingTitle());
            body.appendElement("p").text(fill("body", minutes.bodyName() + " (" + minutes.bodyCode() + ")"));
            body.appendElement("p").text(fill("when", date(minutes.meetingStart()), time(minutes.meetingStart()),
                    time(minutes.meetingEnd()), minutes.timeZone()));
            String place = java.util.stream.Stream.of(minutes.venue(), minutes.onlineLink())
                    .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(" / "));
            body.appendElement("p").text(fill("place", place));
            body.appendElement("p").addClass("status").text(status());
            attendance(body);
            sections(body);
            results(body);
            comments(body);
            return document;
        }

        private void header(Element body) {
            Element header = body.appendElement("div").id("header");
            header.appendElement("div").addClass("coalition").text(coalitionName);
            header.appendElement("div").text(label("title") + " · " + minutes.bodyCode() + ": "
                    + minutes.meetingTitle() + " · " + date(minutes.meetingStart()));
        }

        /** "page {0} of {1}", with the two counters in place of the placeholders. */
        private void footer(Element body) {
            Element footer = body.appendElement("div").id("footer");
            String pattern = label("page");
            Matcher placeholder = PLACEHOLDER.matcher(pattern);
            int from = 0;
            while (placeholder.find()) {
                footer.appendText(pattern.substring(from, placeholder.start()));
                footer.appendElement("span").addClass("0".equals(placeholder.group(1)) ? "page-number" : "page-count");
                from = placeholder.end();
            }
            footer.appendText(pattern.substring(from));
        }

        private String status() {
            return switch (minutes.status()) {
                case DRAFT -> label("status.DRAFT");
                case CIRCULATED -> fill("status.CIRCULATED", date(minutes.circulatedAt()), date(minutes.commentPeriodEnd()));
                case APPROVED -> minutes.approvedBy() == MinutesApproval.DECISION
                        ? fill("status.APPROVED.DECISION", date(minutes.approvedAt()), orEmpty(minutes.decisionReference()))
                        : fill("status.APPROVED.SECRETARIAT", date(minutes.approvedAt()));
            };
        }

        private void attendance(Element body) {
            body.appendElement("h2").text(label("attendance"));
            List<MinutesView.Attendance> present = orEmpty(minutes.attendance());
            if (present.isEmpty()) {
                body.appendElement("p").text(label("attendance.none"));
                return;
            }
            Element list = body.appendElement("ul").addClass("attendance");
            for (MinutesView.Attendance line : present) {
                StringBuilder text = new StringBuilder(network(line.network()));
                if (line.byProxyOf() != null) {
                    text.append(", ").append(fill("attendance.byProxy", network(line.byProxyOf())));
                }
                List<String> delegates = orEmpty(line.delegates());
                if (!delegates.isEmpty()) {
                    text.append(" (").append(fill("attendance.delegates", String.join(", ", delegates))).append(')');
                }
                list.appendElement("li").text(text.toString());
            }
        }

        private void sections(Element body) {
            List<MinutesView.Section> sections = orEmpty(minutes.sections());
            if (sections.isEmpty()) {
                return;
            }
            body.appendElement("h2").text(label("agenda"));
            int number = 1;
            for (MinutesView.Section section : sections) {
                Element block = body.appendElement("div").addClass("section");
                block.appendElement("h3").text(number++ + ". " + orEmpty(section.heading()));
                String html = orEmpty(section.html());
                if (html.isBlank()) {
                    block.appendElement("p").text(label("section.empty"));
                    continue;
                }
                // Parsed, never pasted: jsoup repairs what is not well-formed and the DOM carries it as nodes.
                for (Node node : List.copyOf(Jsoup.parseBodyFragment(html).body().childNodes())) {
                    block.appendChild(node);
                }
            }
        }

        /** The results of the meeting's ballots, as generated when they closed: totals, never who voted how. */
        private void results(Element body) {
            List<MinutesView.BallotResult> results = orEmpty(minutes.results());
            if (results.isEmpty()) {
                return;
            }
            body.appendElement("h2").text(label("results"));
            for (MinutesView.BallotResult result : results) {
                Element block = body.appendElement("div").addClass("section");
                block.appendElement("h3").text(result.motionNumber() + " " + result.title());
                String outcome = label("outcome." + result.outcome().name());
                if (result.decisionNumber() != null) {
                    outcome += " " + fill("decision", result.decisionNumber());
                }
                block.appendElement("p").text(outcome);
                block.appendElement("p").text(fill(result.secret() ? "tally.secret" : "tally.named",
                        count(result.tally().inFavour()), count(result.tally().against()), count(result.tally().abstain()),
                        time(result.closedAt())));
            }
        }

        private String count(Count count) {
            return fill("count", String.valueOf(count.networks()), String.valueOf(count.weight()));
        }

        private void comments(Element body) {
            List<MinutesView.Comment> comments = orEmpty(minutes.comments());
            if (comments.isEmpty() && minutes.circulatedAt() == null) {
                return;
            }
            body.appendElement("h2").text(label("comments"));
            if (comments.isEmpty()) {
                body.appendElement("p").text(label("comments.none"));
                return;
            }
            for (MinutesView.Comment comment : comments) {
                Element block = body.appendElement("div").addClass("comment");
                Element meta = block.appendElement("p").addClass("meta")
                        .text(network(comment.network()) + ", " + date(comment.when()));
                if (comment.objection()) {
                    meta.appendText(" — ").appendElement("span").addClass("objection").text(label("comment.objection"));
                }
                for (String paragraph : orEmpty(comment.text()).split("\\R\\s*\\R")) {
                    Element p = block.appendElement("p");
                    String[] lines = paragraph.strip().split("\\R");
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            p.appendElement("br");
                        }
                        p.appendText(lines[i]);
                    }
                }
            }
        }

        private static String network(NetworkRef network) {
            return network.acronym() + " — " + network.name();
        }

        private String date(Instant instant) {
            return instant == null ? "" : date.format(ZonedDateTime.ofInstant(instant, zone));
        }

        private String time(Instant instant) {
            return instant == null ? "" : time.format(ZonedDateTime.ofInstant(instant, zone));
        }

        private String label(String key) {
            return labels.getString(key);
        }

        private String fill(String key, String... values) {
            Matcher placeholder = PLACEHOLDER.matcher(label(key));
            StringBuilder text = new StringBuilder();
            while (placeholder.find()) {
                int index = Integer.parseInt(placeholder.group(1));
                placeholder.appendReplacement(text, Matcher.quoteReplacement(index < values.length ? values[index] : ""));
            }
            return placeholder.appendTail(text).toString();
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
