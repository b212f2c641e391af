package org.icsse.governance.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.body.Bodies;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyCode;

/** The governing bodies in the database. */
@ApplicationScoped
public class JpaBodies implements Bodies {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public Optional<Body> findById(long id) {
        return Optional.ofNullable(em.find(Body.class, id));
    }

    @Override
    public Optional<Body> findByCode(BodyCode code) {
        return em.createNamedQuery("Body.findByCode", Body.class).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Body> findAll() {
        return em.createNamedQuery("Body.findAll", Body.class).getResultList();
    }

    @Override
    public void add(Body body) {
        em.persist(body);
        em.flush();
    }
}
