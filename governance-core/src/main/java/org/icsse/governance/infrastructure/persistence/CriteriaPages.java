package org.icsse.governance.infrastructure.persistence;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.icsse.governance.domain.shared.Page;

/** One page of a filtered, ordered list read with the Criteria API: the page's rows and the count of all. */
final class CriteriaPages {

    private CriteriaPages() {
    }

    static <T> Page<T> page(EntityManager em, Class<T> type, BiFunction<CriteriaBuilder, Root<T>, Predicate[]> filters,
            BiFunction<CriteriaBuilder, Root<T>, List<Order>> order, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.where(filters.apply(cb, root)).orderBy(order.apply(cb, root));
        List<T> items = em.createQuery(select).setFirstResult(offset).setMaxResults(limit).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.apply(cb, countRoot));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(items, Math.max(total, items.size()));
    }
}
