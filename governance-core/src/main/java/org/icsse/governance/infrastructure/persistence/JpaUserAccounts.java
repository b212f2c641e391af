package org.icsse.governance.infrastructure.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.account.UserAccounts;
import org.icsse.governance.domain.account.Username;

/** The accounts in the database. */
@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public UserAccount lockForSignIn(UserAccount account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    @Override
    public List<UserAccount> findDelegatesOf(long networkId) {
        return em.createNamedQuery("UserAccount.findDelegatesOf", UserAccount.class).setParameter("networkId", networkId).getResultList();
    }

    @Override
    public Map<Long, List<String>> delegateNamesOf(Collection<Long> networkIds) {
        if (networkIds.isEmpty()) {
            return Map.of();
        }
        // one query for them all, and only the names: not one query per network, nor the accounts with their roles
        return em.createNamedQuery("UserAccount.delegateNamesOf", Object[].class)
                .setParameter("networkIds", List.copyOf(Set.copyOf(networkIds))).getResultList().stream()
                .collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery("UserAccount.countByRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }
}
