package org.icsse.governance.domain.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.domain.shared.Page;

/** The member register: every member network the coalition has known. */
public interface MemberNetworks {

    Optional<MemberNetwork> findById(long id);

    default MemberNetwork getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("network", id));
    }

    Optional<MemberNetwork> findByAcronym(Acronym acronym);

    /** The networks with these ids; fails on the first id that is unknown. */
    List<MemberNetwork> getAllById(Collection<Long> ids);

    Page<MemberNetwork> search(NetworkQuery query);

    /** Every acronym in the register (to check a whole import file with one query). */
    Set<Acronym> registeredAcronyms();

    /** Stores a new network and writes it at once, so that a conflict surfaces here. */
    void add(MemberNetwork network);

    /** Stores many new networks; they are written with the transaction (in JDBC batches). */
    void addAll(List<MemberNetwork> newNetworks);
}
