package org.icsse.governance.web.api.meeting;

/** A delegate's comment on circulated minutes, for {@code POST /meetings/{id}/minutes/comments}; an objection when {@code objection} is true. */
public record CommentRequest(String text, Boolean objection) {

    public boolean isObjection() {
        return Boolean.TRUE.equals(objection);
    }
}
