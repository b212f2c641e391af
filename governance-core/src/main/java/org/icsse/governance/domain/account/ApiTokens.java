package org.icsse.governance.domain.account;

import java.time.Instant;
import java.util.Optional;

/** The API tokens issued and not yet purged. */
public interface ApiTokens {

    Optional<ApiToken> findByHash(String tokenHash);

    void add(ApiToken token);

    void remove(ApiToken token);

    /** Forgets the tokens expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
