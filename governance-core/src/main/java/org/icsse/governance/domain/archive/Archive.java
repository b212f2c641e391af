package org.icsse.governance.domain.archive;

import java.util.List;
import java.util.Optional;

/** The archive's records in the database. */
public interface Archive {

    /** The end of the chain, locked until the transaction ends, so that packages are sealed one at a time. */
    ChainHead lockHead();

    /** Records a sealed package and moves the end of the chain to it. */
    void append(ArchivedMeeting sealed);

    Optional<ArchivedMeeting> findByMeeting(long meetingId);

    /** Every package, in chain order. */
    List<ArchivedMeeting> all();

    /** The closed meetings whose minutes are approved and that are not archived yet, oldest approval first. */
    List<Long> meetingsAwaitingArchive();
}
