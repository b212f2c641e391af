package org.icsse.governance.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.icsse.governance.domain.network.Acronym;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.MemberNetworks;
import org.icsse.governance.domain.network.NetworkQuery;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Page;

/** The member register in the database. */
@ApplicationScoped
public class JpaMemberNetworks implements MemberNetworks {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public Optional<MemberNetwork> findById(long id) {
        return Optional.ofNullable(em.find(MemberNetwork.class, id));
    }

    @Override
    public Optional<MemberNetwork> findByAcronym(Acronym acronym) {
        return em.createNamedQuery("MemberNetwork.findByAcronym", MemberNetwork.class)
                .setParameter("acronym", acronym)
                .getResultStream().findFirst();
    }

    @Override
    public List<MemberNetwork> getAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<MemberNetwork> found = em.createNamedQuery("MemberNetwork.findAllById", MemberNetwork.class)
                .setParameter("ids", new ArrayList<>(ids))
                .getResultList();
        Set<Long> foundIds = new HashSet<>();
        found.forEach(n -> foundIds.add(n.id()));
        for (Long id : ids) {
            if (!foundIds.contains(id)) {
                throw new NotFoundException("network", id);
            }
        }
        return found;
    }

    @Override
    public Page<MemberNetwork> search(NetworkQuery query) {
        return CriteriaPages.page(em, MemberNetwork.class, (cb, root) -> filters(query, cb, root), (cb, root) -> {
            Expression<?> sortBy = root.get(attribute(query.sortField()));
            return List.of(query.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        }, query.offset(), query.limit());
    }

    private static Predicate[] filters(NetworkQuery query, CriteriaBuilder cb, Root<MemberNetwork> root) {
        List<Predicate> where = new ArrayList<>();
        if (query.text() != null) {
            String pattern = "%" + Like.escape(query.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(root.<String>get("acronym").as(String.class)), pattern, '\\')));
        }
        if (query.region() != null) {
            where.add(cb.equal(root.get("region"), query.region()));
        }
        if (query.category() != null) {
            where.add(cb.equal(root.get("category"), query.category()));
        }
        if (query.status() != null) {
            where.add(cb.equal(root.get("status"), query.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String attribute(NetworkQuery.SortField field) {
        return switch (field) {
            case NAME -> "name";
            case ACRONYM -> "acronym";
            case REGION -> "region";
            case CATEGORY -> "category";
            case STATUS -> "status";
            case WEIGHT -> "weight";
        };
    }

    @Override
    public Set<Acronym> registeredAcronyms() {
        return new HashSet<>(em.createNamedQuery("MemberNetwork.acronyms", Acronym.class).getResultList());
    }

    @Override
    public void add(MemberNetwork network) {
        em.persist(network);
        em.flush();
    }

    @Override
    public void addAll(List<MemberNetwork> newNetworks) {
        newNetworks.forEach(em::persist);
    }
}
