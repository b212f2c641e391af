package org.icsse.governance.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Opens the number counter of a body's year. In a transaction of its own: when two first submissions of
 * a year race, one insert wins and the other fails in its own transaction, which the caller ignores.
 */
@ApplicationScoped
public class MotionCounters {

    private static final String OPEN = "INSERT INTO motion_counter (body_id, counter_year, last_sequence)"
            + " SELECT ?1, ?2, 0 WHERE NOT EXISTS"
            + " (SELECT 1 FROM motion_counter WHERE body_id = ?1 AND counter_year = ?2)";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    /** Makes sure the counter exists; fails when a concurrent transaction inserted it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(long bodyId, int year) {
        em.createNativeQuery(OPEN).setParameter(1, bodyId).setParameter(2, year).executeUpdate();
    }
}
