package org.icsse.governance.web.api.meeting;

/** The item the chair moves the sitting to, for {@code POST /meetings/{id}/current-item}. */
public record CurrentItemRequest(String itemId) {
}
