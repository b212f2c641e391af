package org.icsse.governance.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupSanitizeHtmlTest {

    @Test
    void editorFormattingIsKept() {
        assertThat(Markup.sanitizeHtml("<p>The <strong>Assembly</strong> <em>agreed</em>.</p><ol><li>one</li></ol>"))
                .isEqualTo("<p>The <strong>Assembly</strong> <em>agreed</em>.</p><ol><li>one</li></ol>");
    }

    @Test
    void scriptsHandlersAndDangerousLinksAreRemoved() {
        String cleaned = Markup.sanitizeHtml("<p onclick=\"x()\">Hi<script>alert(1)</script><img src=x onerror=alert(1)>"
                + "<a href=\"javascript:alert(1)\">bad</a><a href=\"https://icsse.org\">good</a></p>");

        assertThat(cleaned).doesNotContain("<script", "onclick", "onerror", "<img", "javascript:")
                .contains("<a href=\"https://icsse.org\" rel=\"nofollow noopener noreferrer\">good</a>");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(Markup.sanitizeHtml(null)).isEmpty();
        assertThat(Markup.sanitizeHtml("  ")).isEmpty();
    }
}
