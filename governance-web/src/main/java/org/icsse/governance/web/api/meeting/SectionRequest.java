package org.icsse.governance.web.api.meeting;

/** The HTML of one section of the minutes, for {@code PUT /meetings/{id}/minutes/sections/{itemId}}; sanitised by the service. */
public record SectionRequest(String html) {
}
