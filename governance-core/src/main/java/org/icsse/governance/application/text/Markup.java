package org.icsse.governance.application.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown (CommonMark) of motion texts, rendered for a page or reduced to plain text.
 *
 * <p>{@link #toSafeHtml(String)} has two layers on purpose. commonmark-java renders with raw HTML
 * escaped and link targets sanitised, so user markup never becomes markup; then the OWASP sanitiser
 * lets only an allow-list of tags and attributes out. Either layer alone would do today; together,
 * a bug in one library or a renderer option switched on later (raw HTML, an extension that emits
 * attributes) still cannot let a script, an event handler or a {@code javascript:} link reach a
 * reader.
 *
 * <p>Everything here is immutable and built once, so the methods are safe from any thread.
 */
public final class Markup {

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .nodeRendererFactory(LinkTextOnly::new)
            .build();

    /** commonmark empties a link target it refuses; an empty href would be a link to the page itself. */
    private static final Pattern NOT_BLANK = Pattern.compile(".*\\S.*", Pattern.DOTALL);

    /**
     * What may leave the server. A link without a usable address loses its tag and keeps its text. Headings of levels 1–2 and 5–6 become h3 and h4: a motion text sits
     * under the page's own h1/h2, and a heading dropped to bare text would run into the next paragraph.
     */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "em", "strong", "blockquote",
                    "code", "pre", "h3", "h4", "hr", "a")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(NOT_BLANK).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private Markup() {
    }

    /**
     * Renders Markdown to HTML fit to be written into a page unescaped.
     *
     * @param markdown CommonMark text; {@code null} or blank gives an empty string
     * @return HTML made only of p, br, ul, ol, li, em, strong, blockquote, code, pre, h3, h4, hr
     *         and links to http, https or mailto addresses carrying {@code rel="nofollow noopener noreferrer"}
     */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = HTML.render(PARSER.parse(markdown));
        return POLICY.sanitize(rendered);
    }

    /**
     * Cleans HTML written in a rich-text editor (the sections of minutes) down to the same allow-list as
     * rendered Markdown: whatever the editor or a hostile client sent, only that leaves the server.
     *
     * @param html HTML from an editor; {@code null} or blank gives an empty string
     * @return the allowed part of it
     */
    public static String sanitizeHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html);
    }

    /**
     * The text of Markdown without its formatting, for titles and search snippets.
     *
     * <p>Links and images give their text only. Raw HTML in the input stays as literal text, as
     * {@link #toSafeHtml(String)} shows it. The result is plain text, not HTML: whoever writes it into
     * a page escapes it (Faces output components do).
     *
     * @param markdown CommonMark text; {@code null} or blank gives an empty string
     * @return the text content, trimmed
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    /**
     * Links and images reduced to their text. The default renders {@code "text" (address)}; an address
     * means nothing in a title or a search snippet.
     */
    private static final class LinkTextOnly implements NodeRenderer {

        private final TextContentNodeRendererContext context;

        LinkTextOnly(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
