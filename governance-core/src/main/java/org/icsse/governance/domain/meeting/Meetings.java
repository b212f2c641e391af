package org.icsse.governance.domain.meeting;

import java.util.List;
import java.util.Optional;

import org.icsse.governance.domain.shared.NotFoundException;

/** The meetings of the coalition's bodies, and their minutes (one per meeting, under the meeting's id). */
public interface Meetings {

    /** A new id for a meeting (the domain takes its ids from the caller). */
    long nextId();

    Optional<Meeting> findById(long id);

    default Meeting getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** The meeting, locked until the transaction ends: concurrent check-ins wait for each other. */
    Meeting getForChange(long id);

    /** The meetings of a body, latest start first. */
    List<Meeting> ofBody(long bodyId);

    /** Stores a new meeting and writes it at once, so that a conflict surfaces here. */
    void add(Meeting meeting);

    /** The minutes of a meeting, if drafted. */
    Optional<Minutes> findMinutes(long meetingId);

    default Minutes getMinutes(long meetingId) {
        return findMinutes(meetingId).orElseThrow(() -> new NotFoundException("minutes", meetingId));
    }

    /** The minutes of a meeting, locked until the transaction ends. */
    Minutes getMinutesForChange(long meetingId);

    /** Stores the new minutes of a meeting and writes them at once (a second draft for a meeting surfaces here). */
    void addMinutes(Minutes minutes);

    /** The document of the approved minutes of a meeting, if one was kept when they were approved. */
    Optional<MinutesDocument> findMinutesDocument(long meetingId);

    /** Keeps the document of approved minutes (one per meeting: a second one surfaces here). */
    void addMinutesDocument(MinutesDocument document);

    /** Writes the pending changes now (a broken database constraint surfaces here, not at commit). */
    void flush();
}
