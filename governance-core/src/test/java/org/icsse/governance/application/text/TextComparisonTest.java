package org.icsse.governance.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.icsse.governance.application.text.DiffLine.Change;
import org.junit.jupiter.api.Test;

class TextComparisonTest {

    /** Any tag other than del and ins, opening or closing. */
    private static final Pattern FOREIGN_TAG = Pattern.compile("<(?!/?(del|ins)>)");

    @Test
    void identicalTextsGiveOnlyUnchangedLines() {
        String text = "Article 1\nThe board meets monthly.\nArticle 2";

        List<DiffLine> lines = TextComparison.sideBySide(text, text);

        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.change()).isEqualTo(Change.UNCHANGED);
            assertThat(line.oldHtml()).isEqualTo(line.newHtml()).doesNotContain("<del>", "<ins>");
        });
        assertThat(lines.get(1).oldHtml()).isEqualTo("The board meets monthly.");
    }

    @Test
    void oneChangedWordIsMarkedOnBothSides() {
        List<DiffLine> lines = TextComparison.sideBySide(
                "Title\nThe board meets monthly.", "Title\nThe board meets weekly.");

        assertThat(lines).containsExactly(
                new DiffLine(Change.UNCHANGED, "Title", "Title"),
                new DiffLine(Change.CHANGED, "The board meets <del>monthly</del>.", "The board meets <ins>weekly</ins>."));
    }

    @Test
    void anAddedLineIsInserted() {
        List<DiffLine> lines = TextComparison.sideBySide("one\nthree", "one\ntwo\nthree");

        assertThat(lines).containsExactly(
                new DiffLine(Change.UNCHANGED, "one", "one"),
                new DiffLine(Change.INSERTED, "", "<ins>two</ins>"),
                new DiffLine(Change.UNCHANGED, "three", "three"));
    }

    @Test
    void aRemovedLineIsDeleted() {
        List<DiffLine> lines = TextComparison.sideBySide("one\ntwo\nthree", "one\nthree");

        assertThat(lines).containsExactly(
                new DiffLine(Change.UNCHANGED, "one", "one"),
                new DiffLine(Change.DELETED, "<del>two</del>", ""),
                new DiffLine(Change.UNCHANGED, "three", "three"));
    }

    @Test
    void markupInTheTextsIsEscaped() {
        List<DiffLine> lines = TextComparison.sideBySide(
                "<script>alert(1)</script>\nkeep <b>", "<script>alert(2)</script>\nkeep <b>\n<img src=x onerror=alert(1)>");

        assertThat(lines).extracting(DiffLine::change)
                .containsExactly(Change.CHANGED, Change.UNCHANGED, Change.INSERTED);
        assertThat(lines.get(0).oldHtml()).startsWith("&lt;script&gt;").contains("<del>1</del>");
        assertThat(lines.get(0).newHtml()).startsWith("&lt;script&gt;").contains("<ins>2</ins>");
        assertThat(lines.get(1).oldHtml()).isEqualTo("keep &lt;b&gt;");
        assertThat(lines.get(2).newHtml()).startsWith("<ins>&lt;img");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.oldHtml()).doesNotContainPattern(FOREIGN_TAG);
            assertThat(line.newHtml()).doesNotContainPattern(FOREIGN_TAG);
        });
    }

    @Test
    void aChangedEscapedCharacterIsMarkedWholeNotAsHalfAnEntity() {
        DiffLine line = TextComparison.sideBySide("a < b", "a > b").get(0);

        assertThat(line.oldHtml()).isEqualTo("a <del>&lt;</del> b");
        assertThat(line.newHtml()).isEqualTo("a <ins>&gt;</ins> b");
    }

    @Test
    void ampersandsAndQuotesAreEscaped() {
        DiffLine line = TextComparison.sideBySide("Tom & \"Jerry\"", "Tom & \"Jerry\"").get(0);

        assertThat(line.oldHtml()).isEqualTo("Tom &amp; &#34;Jerry&#34;");
    }

    @Test
    void aChangeAcrossLinesKeepsEachRowsTagsBalanced() {
        List<DiffLine> lines = TextComparison.sideBySide("alpha \nbeta gamma", "alpha delta\nepsilon gamma");

        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.change()).isEqualTo(Change.CHANGED);
            assertBalanced(line.oldHtml(), "del");
            assertBalanced(line.newHtml(), "ins");
        });
    }

    @Test
    void nullTextsCountAsEmpty() {
        assertThat(TextComparison.sideBySide(null, null)).isEmpty();
        assertThat(TextComparison.sideBySide(null, "new"))
                .containsExactly(new DiffLine(Change.INSERTED, "", "<ins>new</ins>"));
        assertThat(TextComparison.sideBySide("old", null))
                .containsExactly(new DiffLine(Change.DELETED, "<del>old</del>", ""));
    }

    @Test
    void windowsAndOldMacLineBreaksCompareAsUnixOnes() {
        assertThat(TextComparison.sideBySide("one\r\ntwo\rthree", "one\ntwo\nthree"))
                .extracting(DiffLine::change)
                .containsOnly(Change.UNCHANGED)
                .hasSize(3);
    }

    @Test
    void identicalIgnoresLineBreakStyleAndTreatsNullAsEmpty() {
        assertThat(TextComparison.identical("a\r\nb", "a\nb")).isTrue();
        assertThat(TextComparison.identical(null, "")).isTrue();
        assertThat(TextComparison.identical(null, null)).isTrue();
        assertThat(TextComparison.identical("a", "b")).isFalse();
        assertThat(TextComparison.identical("a", null)).isFalse();
        assertThat(TextComparison.identical("a ", "a")).isFalse();
    }

    @Property(tries = 300)
    void outputNeverHoldsATagOtherThanDelAndIns(@ForAll String oldText, @ForAll String newText) {
        assertThat(TextComparison.sideBySide(oldText, newText)).allSatisfy(line -> {
            assertThat(line.oldHtml()).doesNotContainPattern(FOREIGN_TAG);
            assertThat(line.newHtml()).doesNotContainPattern(FOREIGN_TAG);
        });
    }

    @Property(tries = 300)
    void aTextComparedWithItselfIsUnchangedThroughout(@ForAll String text) {
        assertThat(TextComparison.identical(text, text)).isTrue();
        assertThat(TextComparison.sideBySide(text, text)).allSatisfy(line -> assertThat(line.change()).isEqualTo(Change.UNCHANGED));
    }

    private static void assertBalanced(String html, String tag) {
        int opened = html.split("<" + tag + ">", -1).length - 1;
        int closed = html.split("</" + tag + ">", -1).length - 1;
        assertThat(opened).as("<%s> and </%s> in %s", tag, tag, html).isEqualTo(closed);
    }
}
