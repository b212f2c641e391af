package org.icsse.governance.domain.body;

import java.util.List;
import java.util.Optional;

import org.icsse.governance.domain.shared.NotFoundException;

/** Every governing body of the coalition. */
public interface Bodies {

    Optional<Body> findById(long id);

    default Body getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    Optional<Body> findByCode(BodyCode code);

    List<Body> findAll();

    void add(Body body);
}
