package org.icsse.governance.web.api.token;

import java.time.Instant;

/** A bearer token just issued, and when it expires; what {@code POST /tokens} answers. */
public record TokenResponse(String token, Instant expiresAt) {
}
