package org.icsse.governance.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.owasp.html.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkupTest {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)(^|[\\s\"'/])on[a-z]+\\s*=");
    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p", "br", "ul", "ol", "li", "em", "strong", "blockquote", "code", "pre", "h3", "h4", "hr", "a");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"");
    /** A URL scheme as a browser reads it: letters before the first colon, ahead of any / ? or #. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    @Test
    void paragraphsAreRendered() {
        assertThat(Markup.toSafeHtml("First paragraph.\n\nSecond paragraph."))
                .isEqualTo("<p>First paragraph.</p>\n<p>Second paragraph.</p>\n");
    }

    @Test
    void bulletAndNumberedListsAreRendered() {
        assertThat(Markup.toSafeHtml("- one\n- two")).contains("<ul>", "<li>one</li>", "<li>two</li>", "</ul>");
        assertThat(Markup.toSafeHtml("1. first\n2. second")).contains("<ol>", "<li>first</li>", "<li>second</li>");
    }

    @Test
    void emphasisAndStrongAreRendered() {
        assertThat(Markup.toSafeHtml("*resolved* and **carried**"))
                .isEqualTo("<p><em>resolved</em> and <strong>carried</strong></p>\n");
    }

    @Test
    void linksKeepTheirAddressAndGetRelForced() {
        String html = Markup.toSafeHtml("See [the statutes](https://example.org/statutes?a=1&b=2).");
        assertThat(html).contains("href=\"https://example.org/statutes?a&#61;1&amp;b&#61;2\"")
                .contains("rel=\"nofollow noopener noreferrer\"")
                .contains(">the statutes</a>");
    }

    @Test
    void mailtoLinksAreKept() {
        assertThat(Markup.toSafeHtml("[write](mailto:secretariat@example.org)"))
                .contains("href=\"mailto:secretariat&#64;example.org\"");
    }

    @Test
    void quotesCodeAndRulesAreRendered() {
        String html = Markup.toSafeHtml("> quoted\n\n`code`\n\n```\nblock\n```\n\n---");
        assertThat(html).contains("<blockquote>", "<code>code</code>", "<pre><code>block\n</code></pre>", "<hr />");
    }

    @Test
    void headingsAreKeptAsThirdAndFourthLevel() {
        assertThat(Markup.toSafeHtml("# Title\n\n## Part\n\n### Section\n\n#### Point\n\n###### Detail"))
                .contains("<h3>Title</h3>", "<h3>Part</h3>", "<h3>Section</h3>", "<h4>Point</h4>", "<h4>Detail</h4>")
                .doesNotContain("<h1", "<h2", "<h6");
    }

    @Test
    void codeBlockLanguageClassIsDropped() {
        assertThat(Markup.toSafeHtml("```java\nint x;\n```")).contains("<pre><code>int x;").doesNotContain("class");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t  \r\n"})
    void nullOrBlankGivesEmptyHtml(String markdown) {
        assertThat(Markup.toSafeHtml(markdown)).isEmpty();
    }

    @Test
    void scriptTagsNeverSurviveRendering() {
        String html = Markup.toSafeHtml("Hello <script>alert(1)</script> world\n\n<script>\nalert(2)\n</script>");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(html).contains("&lt;script&gt;");
        assertOnlyAllowedMarkup(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=x onerror=alert(1)>",
        "text <img src=x onerror=alert(1)> inline",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1)  )",
        "[x](<javascript:alert(1)>)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "![img](javascript:alert(1))",
        "![img](https://example.org/x.png \"t\")",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<span style=\"color:red\">red</span>",
        "<a href=x onclick=alert(1)>x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<object data=x></object><embed src=x>",
        "<form action=x><input onfocus=alert(1) autofocus></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<!-- x --><script>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "<scr<script>ipt>alert(1)</script>",
    })
    void hostileInputComesOutWithoutExecutableMarkup(String markdown) {
        String html = Markup.toSafeHtml(markdown);
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<img", "<iframe", "<svg", "<object", "<embed",
                "<form", "<input", "<style", "<math", "style=");
        assertThat(lower).doesNotContainPattern("href\\s*=\\s*\"\\s*(javascript|data|vbscript):");
        assertOnlyAllowedMarkup(html);
    }

    @Test
    void javascriptLinkKeepsItsTextButLosesItsTag() {
        assertThat(Markup.toSafeHtml("[x](javascript:alert(1))")).isEqualTo("<p>x</p>\n");
    }

    @Test
    void dataLinkKeepsItsTextButLosesItsTag() {
        assertThat(Markup.toSafeHtml("[x](data:text/html;base64,PHNjcmlwdD4=)")).isEqualTo("<p>x</p>\n");
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(Markup.toSafeHtml("<a href=x onclick=alert(1)>x</a>"))
                .isEqualTo("<p>&lt;a href&#61;x onclick&#61;alert(1)&gt;x&lt;/a&gt;</p>\n");
    }

    @Test
    void plainTextDropsFormatting() {
        assertThat(Markup.toPlainText("# Motion 12\n\nThe *board* shall **meet** [monthly](https://example.org)."))
                .contains("Motion 12")
                .contains("The board shall meet monthly.")
                .doesNotContain("*", "#", "[", "](", "https://");
    }

    @Test
    void plainTextGivesImageAltTextWithoutAddress() {
        assertThat(Markup.toPlainText("Logo: ![the logo](https://example.org/logo.png)")).isEqualTo("Logo: the logo");
    }

    @Test
    void plainTextKeepsRawHtmlAsLiteralText() {
        assertThat(Markup.toPlainText("a <b>bold</b> move")).isEqualTo("a <b>bold</b> move");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\n"})
    void plainTextOfNullOrBlankIsEmpty(String markdown) {
        assertThat(Markup.toPlainText(markdown)).isEmpty();
    }

    @Property(tries = 500)
    void anyStringRendersToAllowedTagsOnly(@ForAll String markdown) {
        assertOnlyAllowedMarkup(Markup.toSafeHtml(markdown));
    }

    @Property(tries = 1000)
    void hostileFragmentsNeverAssembleIntoExecutableMarkup(@ForAll("hostileMarkdown") String markdown) {
        String html = Markup.toSafeHtml(markdown);
        assertOnlyAllowedMarkup(html);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    }

    @Provide
    Arbitrary<String> hostileMarkdown() {
        List<String> fragments = List.of("<", ">", "/", "script", "img", "svg", "iframe", "a", " ", "\n",
                "on", "error=", "load=", "click=", "alert(1)", "javascript:", "data:", "href=", "src=x",
                "[", "]", "](", ")", "\"", "'", "`", "&", "#", ";", "&#106;", "*", "**", "- ", "> ", "x");
        return Arbitraries.of(fragments).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Tags only from the allow-list, attributes only href and rel, never an event handler, links only to http, https or mailto. */
    private static void assertOnlyAllowedMarkup(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String attributes = tag.group(2);
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(name);
            assertThat(attributes).as("attributes in %s", html).doesNotContainPattern(EVENT_HANDLER);
            Matcher attribute = ATTRIBUTE_NAME.matcher(attributes);
            while (attribute.find()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html)
                        .contains(attribute.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher href = HREF.matcher(attributes);
            while (href.find()) {
                String url = Encoding.decodeHtml(href.group(1)).replaceAll("^[\\x00-\\x20]+|[\\t\\n\\r]", "");
                Matcher scheme = SCHEME.matcher(url);
                if (scheme.find()) {
                    assertThat(ALLOWED_SCHEMES).as("scheme of href in %s", html)
                            .contains(scheme.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
    }
}
