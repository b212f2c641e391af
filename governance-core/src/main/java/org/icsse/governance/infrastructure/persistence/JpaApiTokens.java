package org.icsse.governance.infrastructure.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.account.ApiToken;
import org.icsse.governance.domain.account.ApiTokens;

/** The API tokens in the database (their hashes only). */
@ApplicationScoped
public class JpaApiTokens implements ApiTokens {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }

    @Override
    public void remove(ApiToken token) {
        em.remove(token);
    }

    @Override
    public int purgeExpired(Instant now) {
        return em.createNamedQuery("ApiToken.deleteExpired").setParameter("now", now).executeUpdate();
    }
}
