package org.icsse.governance.application.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.domain.account.ApiToken;
import org.icsse.governance.domain.account.ApiTokens;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.account.Username;

/**
 * Bearer tokens of the API: 256 random bits, given once to the client; the database keeps only their
 * SHA-256, and each expires {@link #LIFETIME} after it is issued.
 */
@ApplicationScoped
public class ApiTokenService {

    public static final Duration LIFETIME = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Authentication authentication;

    @Inject
    ApiTokens tokens;

    @Inject
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Transactional
    public IssuedToken issue(String username, String password) {
        LoginOutcome outcome = authentication.check(username, password);
        if (outcome instanceof LoginOutcome.Locked locked) {
            throw new AuthenticationFailedException("login.locked", locked.until().toString());
        }
        if (!(outcome instanceof LoginOutcome.Accepted accepted)) {
            throw new AuthenticationFailedException("login.invalid");
        }
        UserAccount account = accounts.findByUsername(new Username(accepted.account().username())).orElseThrow();
        String token = newToken();
        Instant now = Instant.now(clock);
        ApiToken stored = new ApiToken(hash(token), account, now, now.plus(LIFETIME));
        tokens.add(stored);
        return new IssuedToken(token, stored.expiresAt());
    }

    /**
     * A token for a browser whose login form was just accepted ({@link Authentication#check}): it lets any server of
     * a cluster recognise the login when the session is not there (the server that held it stopped). It stays valid
     * for {@code idle} unless {@link #renew renewed}, like the session it stands beside.
     */
    @Transactional
    public IssuedToken issueForLogin(LoginOutcome.Accepted login, Duration idle) {
        UserAccount account = accounts.findByUsername(new Username(login.account().username())).orElseThrow();
        String token = newToken();
        Instant now = Instant.now(clock);
        ApiToken stored = new ApiToken(hash(token), account, now, now.plus(idle));
        tokens.add(stored);
        return new IssuedToken(token, stored.expiresAt());
    }

    /** Keeps a valid token valid for {@code idle} from now (a login in use); an unknown or expired one stays so. */
    @Transactional
    public void renew(String token, Duration idle) {
        Instant now = Instant.now(clock);
        find(token).filter(t -> t.isValidAt(now)).ifPresent(t -> t.extendTo(now.plus(idle)));
    }

    /** Forgets a token at once (a sign-out); an unknown one is ignored. */
    @Transactional
    public void revoke(String token) {
        find(token).ifPresent(tokens::remove);
    }

    private Optional<ApiToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(token.strip()));
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The account a token stands for, while it is valid and the account is not locked. */
    @Transactional
    public Optional<AuthenticatedAccount> resolve(String token) {
        Instant now = Instant.now(clock);
        return find(token)
                .filter(t -> t.isValidAt(now))
                .map(ApiToken::account)
                .filter(account -> !account.isLockedAt(now))
                .map(account -> new AuthenticatedAccount(account.username().value(), account.roles(),
                        account.network().map(n -> n.id()).orElse(null)));
    }

    /** Forgets expired tokens; returns how many. */
    @Transactional
    public int purgeExpired() {
        return tokens.purgeExpired(Instant.now(clock));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
