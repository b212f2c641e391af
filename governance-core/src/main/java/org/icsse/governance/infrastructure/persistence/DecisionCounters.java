package org.icsse.governance.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Opens the decision counter of a year. In a transaction of its own: when the first two decisions of a year
 * race, one insert wins and the other fails in its own transaction, which the caller ignores.
 */
@ApplicationScoped
public class DecisionCounters {

    private static final String OPEN = "INSERT INTO decision_counter (counter_year, last_sequence)"
            + " SELECT ?1, 0 WHERE NOT EXISTS (SELECT 1 FROM decision_counter WHERE counter_year = ?1)";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    /** Makes sure the counter exists; fails when a concurrent transaction inserted it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(int year) {
        em.createNativeQuery(OPEN).setParameter(1, year).executeUpdate();
    }
}
