package org.icsse.governance.web.api.meeting;

/**
 * An agenda item as a client sends it to {@code POST /meetings/{id}/agenda}: an admitted motion
 * ({@code motionId}) or a free item ({@code kind} REPORT or DISCUSSION, and its {@code title}); either with
 * the {@code minutes} allotted to it, if any. {@code PATCH /meetings/{id}/agenda/{itemId}} reads only
 * {@code minutes} ({@code null} clears the allotment).
 */
public record AgendaItemRequest(String motionId, String kind, String title, Integer minutes) {
}
