package org.icsse.governance.domain.motion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.icsse.governance.domain.body.BodyCode;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Page;

/** Every motion and amendment put to the coalition's bodies, with the counters that number them. */
public interface Motions {

    /** A new id for a motion or an amendment (the domain takes its ids from the caller). */
    long nextId();

    Optional<Proposal> findById(long id);

    default Proposal getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("motion", id));
    }

    /**
     * The proposal, locked until the transaction ends: concurrent changes to one motion (two networks
     * seconding at once) wait for each other instead of colliding.
     */
    Proposal getForChange(long id);

    /**
     * The next number of a body's year: the last one given plus one. The counter stays locked until the
     * calling transaction ends, so concurrent submissions wait for each other and a rolled-back one gives
     * its number back: no gap, no duplicate.
     */
    MotionNumber nextNumber(long bodyId, BodyCode code, int year);

    /** One page of motions (not amendments) as {@code query} asks. */
    Page<Motion> search(MotionQuery query);

    /**
     * The motions and amendments of these bodies, submitted and waiting for seconds, that the network has
     * neither proposed nor seconded, newest first (what came in last is what the delegate has not seen).
     */
    List<Proposal> awaitingSecondOf(long networkId, Collection<Long> bodyIds, int limit);

    /** Stores a new motion or amendment and writes it at once, so that a conflict surfaces here. */
    void add(Proposal proposal);

    /** Writes the pending changes now (a broken database constraint surfaces here, not at commit). */
    void flush();
}
