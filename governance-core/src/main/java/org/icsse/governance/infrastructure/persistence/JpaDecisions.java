package org.icsse.governance.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.icsse.governance.domain.decision.Decision;
import org.icsse.governance.domain.decision.DecisionNumber;
import org.icsse.governance.domain.decision.DecisionQuery;
import org.icsse.governance.domain.decision.Decisions;
import org.icsse.governance.domain.shared.Page;

/** The decisions register in the database; numbers from one counter per year. */
@ApplicationScoped
public class JpaDecisions implements Decisions {

    private static final String NEXT_ID = "SELECT nextval('decision_seq')";
    private static final String INCREMENT = "UPDATE decision_counter SET last_sequence = last_sequence + 1"
            + " WHERE counter_year = ?1";
    private static final String READ = "SELECT last_sequence FROM decision_counter WHERE counter_year = ?1";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    DecisionCounters counters;

    @Override
    public long nextId() {
        return ((Number) em.createNativeQuery(NEXT_ID).getSingleResult()).longValue();
    }

    @Override
    public DecisionNumber nextNumber(int year) {
        if (increment(year) == 0) {
            try {
                counters.open(year);
            } catch (RuntimeException raced) {
                // a concurrent closing opened the year's counter first: the increment below finds it
            }
            if (increment(year) == 0) {
                throw new IllegalStateException("no decision counter for year " + year);
            }
        }
        int sequence = ((Number) em.createNativeQuery(READ).setParameter(1, year).getSingleResult()).intValue();
        return new DecisionNumber(year, sequence);
    }

    private int increment(int year) {
        return em.createNativeQuery(INCREMENT).setParameter(1, year).executeUpdate();
    }

    @Override
    public void add(Decision decision) {
        em.persist(decision);
        em.flush();
    }

    @Override
    public Optional<Decision> findByBallot(long ballotId) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.ballotId = :ballot", Decision.class)
                .setParameter("ballot", ballotId).getResultStream().findFirst();
    }

    @Override
    public Page<Decision> search(DecisionQuery query) {
        return CriteriaPages.page(em, Decision.class, (cb, root) -> filters(query, cb, root),
                (cb, root) -> List.of(cb.desc(root.get("year")), cb.desc(root.get("sequence"))),
                query.offset(), query.limit());
    }

    private static Predicate[] filters(DecisionQuery query, CriteriaBuilder cb, Root<Decision> root) {
        List<Predicate> where = new ArrayList<>();
        if (query.bodyId() != null) {
            where.add(cb.equal(root.get("bodyId"), query.bodyId()));
        }
        if (query.year() != null) {
            where.add(cb.equal(root.get("year"), query.year()));
        }
        if (query.text() != null) {
            String pattern = "%" + Like.escape(query.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("number")), pattern, '\\'),
                    cb.like(cb.lower(root.get("motionNumber")), pattern, '\\'),
                    cb.like(cb.lower(root.get("title")), pattern, '\\'),
                    cb.like(cb.lower(root.get("text")), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }
}
