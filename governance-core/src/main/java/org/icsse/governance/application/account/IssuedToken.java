package org.icsse.governance.application.account;

import java.time.Instant;

/** A bearer token just issued: the only moment the token itself is known; the database keeps its hash. */
public record IssuedToken(String token, Instant expiresAt) {
}
