package org.icsse.governance.domain.decision;

import java.util.Optional;

import org.icsse.governance.domain.shared.Page;

/** The decisions register. */
public interface Decisions {

    /** A new id for a decision. */
    long nextId();

    /**
     * The next number of a year: the last one given plus one. The counter stays locked until the calling
     * transaction ends, so concurrent closings wait for each other and a rolled-back one gives its number back.
     */
    DecisionNumber nextNumber(int year);

    /** Stores a new decision and writes it at once. */
    void add(Decision decision);

    Optional<Decision> findByBallot(long ballotId);

    /** One page of decisions, as the query asks, newest first. */
    Page<Decision> search(DecisionQuery query);
}
