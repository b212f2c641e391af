package org.icsse.governance.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.domain.account.PasswordPolicy;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.account.Username;
import org.icsse.governance.domain.shared.InvalidValueException;

/**
 * Checks passwords, counting wrong ones: the fifth in a row locks the account for 15 minutes, and the
 * lock is written to the audit log. Used by the login page and the token endpoint; open to anybody,
 * since this is how one signs in.
 */
@ApplicationScoped
public class Authentication {

    /** Checked against when the username is unknown, so that an unknown name takes as long as a known one. */
    private volatile String decoyHash;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Runs in a transaction of its own: a wrong password is counted even when the caller's work fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginOutcome check(String username, String password) {
        Instant now = Instant.now(clock);
        Optional<UserAccount> found = parse(username).flatMap(accounts::findByUsername);
        char[] given = password == null || password.length() > PasswordPolicy.MAX_LENGTH ? new char[0] : password.toCharArray();
        if (found.isEmpty()) {
            hasher.matches(given, decoy());
            return new LoginOutcome.Rejected();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            return new LoginOutcome.Locked(account.lockedUntil());
        }
        // the slow hash is compared without a lock; the count is then changed under the row's lock, as it is now,
        // so a burst of attempts is counted exactly and two sign-ins never collide on the account's version
        String compared = account.passwordHash();
        boolean rightPassword = given.length > 0 && hasher.matches(given, compared);
        accounts.lockForSignIn(account);
        if (!compared.equals(account.passwordHash())) {
            // the password was changed in between: the new one decides
            rightPassword = given.length > 0 && hasher.matches(given, account.passwordHash());
        }
        if (account.isLockedAt(now)) {
            return new LoginOutcome.Locked(account.lockedUntil());
        }
        if (!rightPassword) {
            if (account.recordFailedLogin(now)) {
                audit.record(account.username().value(), "account.locked", "account", account.id(), null,
                        java.util.Map.of("lockedUntil", account.lockedUntil().toString()));
                return new LoginOutcome.Locked(account.lockedUntil());
            }
            return new LoginOutcome.Rejected();
        }
        account.recordSuccessfulLogin();
        return new LoginOutcome.Accepted(new AuthenticatedAccount(account.username().value(), account.roles(),
                account.network().map(n -> n.id()).orElse(null)));
    }

    private static Optional<Username> parse(String username) {
        try {
            return Optional.of(new Username(username));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy-password-never-used".toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
