package org.icsse.governance.application.account;

import java.time.Instant;

/** What a password check found. */
public sealed interface LoginOutcome {

    /** The password was right and the account open. */
    record Accepted(AuthenticatedAccount account) implements LoginOutcome {
    }

    /** Wrong username or password (the two are not told apart, so usernames cannot be probed). */
    record Rejected() implements LoginOutcome {
    }

    /** The account is locked after too many wrong passwords. */
    record Locked(Instant until) implements LoginOutcome {
    }
}
