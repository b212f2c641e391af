package org.icsse.governance.web.api.token;

/** The credentials a client sends to {@code POST /tokens}; open to anybody. */
public record TokenRequest(String username, String password) {
}
