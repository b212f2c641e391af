package org.icsse.governance.domain.account;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A bearer token of the API. Only the SHA-256 of the token is stored: a copy of the database gives
 * nobody a token that works.
 */
@Entity
@Table(name = "api_token")
// the token with its account, the account's roles and network in one statement (it is read on every API request)
@NamedQuery(name = "ApiToken.findByHash", query = "select t from ApiToken t join fetch t.account a left join fetch a.roles"
        + " left join fetch a.network where t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.deleteExpired", query = "delete from ApiToken t where t.expiresAt < :now")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount account;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(String tokenHash, UserAccount account, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.account = Objects.requireNonNull(account, "account");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token must expire after it is issued");
        }
    }

    /** Keeps the token valid until {@code until} (never shortens it): a login in use stays valid while it is used. */
    public void extendTo(Instant until) {
        if (until.isAfter(expiresAt)) {
            expiresAt = until;
        }
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public UserAccount account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
