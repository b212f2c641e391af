package org.icsse.governance.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.motion.Motion;
import org.icsse.governance.domain.motion.MotionNumber;
import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.motion.Motions;
import org.icsse.governance.domain.motion.Proposal;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Page;

/** Motions and amendments in the database; their numbers from the per-body, per-year counters. */
@ApplicationScoped
public class JpaMotions implements Motions {

    private static final String NEXT_ID = "SELECT nextval('motion_seq')";
    private static final String INCREMENT = "UPDATE motion_counter SET last_sequence = last_sequence + 1"
            + " WHERE body_id = ?1 AND counter_year = ?2";
    private static final String READ = "SELECT last_sequence FROM motion_counter WHERE body_id = ?1 AND counter_year = ?2";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MotionCounters counters;

    @Override
    public long nextId() {
        return ((Number) em.createNativeQuery(NEXT_ID).getSingleResult()).longValue();
    }

    @Override
    public Optional<Proposal> findById(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    @Override
    public Proposal getForChange(long id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("motion", id);
        }
        return proposal;
    }

    @Override
    public MotionNumber nextNumber(long bodyId, BodyCode code, int year) {
        if (increment(bodyId, year) == 0) {
            try {
                counters.open(bodyId, year);
            } catch (RuntimeException raced) {
                // a concurrent submission opened the counter first: the increment below finds it
            }
            if (increment(bodyId, year) == 0) {
                throw new IllegalStateException("no motion counter for body " + bodyId + " and year " + year);
            }
        }
        int sequence = ((Number) em.createNativeQuery(READ).setParameter(1, bodyId).setParameter(2, year)
                .getSingleResult()).intValue();
        return new MotionNumber(code, year, sequence);
    }

    /** Increments the counter, locking its row until the transaction ends; how many rows it changed. */
    private int increment(long bodyId, int year) {
        return em.createNativeQuery(INCREMENT).setParameter(1, bodyId).setParameter(2, year).executeUpdate();
    }

    @Override
    public Page<Motion> search(MotionQuery query) {
        return CriteriaPages.page(em, Motion.class, (cb, root) -> filters(query, cb, root),
                (cb, root) -> order(query, cb, root), query.offset(), query.limit());
    }

    private static Predicate[] filters(MotionQuery query, CriteriaBuilder cb, Root<Motion> root) {
        List<Predicate> where = new ArrayList<>();
        if (query.readerNetworkId() == null) {
            where.add(cb.notEqual(root.get("status"), MotionStatus.DRAFT));
        } else {
            where.add(cb.or(cb.notEqual(root.get("status"), MotionStatus.DRAFT),
                    cb.equal(root.get("proposerNetworkId"), query.readerNetworkId())));
        }
        if (query.bodyId() != null) {
            where.add(cb.equal(root.get("bodyId"), query.bodyId()));
        }
        if (query.status() != null) {
            where.add(cb.equal(root.get("status"), query.status()));
        }
        if (query.text() != null) {
            String pattern = "%" + Like.escape(query.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("title")), pattern, '\\'),
                    cb.like(cb.lower(root.<String>get("number").as(String.class)), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(MotionQuery query, CriteriaBuilder cb, Root<Motion> root) {
        List<Order> order = new ArrayList<>();
        switch (query.sortField()) {
            case NUMBER -> {
                order.add(direction(query, cb, root.get("bodyCode")));
                order.add(direction(query, cb, root.get("numberYear")));
                order.add(direction(query, cb, root.get("numberSequence")));
            }
            case TITLE -> order.add(direction(query, cb, cb.lower(root.get("title"))));
            case STATUS -> order.add(direction(query, cb, root.get("status")));
            case SUBMITTED -> order.add(direction(query, cb, root.get("submittedAt")));
            case SECONDS -> order.add(direction(query, cb, cb.size(root.<Collection<?>>get("seconds"))));
        }
        order.add(cb.asc(root.get("id")));
        return order;
    }

    private static Order direction(MotionQuery query, CriteriaBuilder cb, Expression<?> e) {
        return query.ascending() ? cb.asc(e) : cb.desc(e);
    }

    @Override
    public List<Proposal> awaitingSecondOf(long networkId, Collection<Long> bodyIds, int limit) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Proposal.awaitingSecondOf", Proposal.class)
                .setParameter("submitted", MotionStatus.SUBMITTED)
                .setParameter("network", networkId)
                .setParameter("bodies", new ArrayList<>(bodyIds))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(Proposal proposal) {
        em.persist(proposal);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
