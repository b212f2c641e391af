package org.icsse.governance.application.ballot;

/** A body as the decisions register lets its readers choose it: id, code and name (all public). */
public record RegisterBody(long id, String code, String name) {
}
