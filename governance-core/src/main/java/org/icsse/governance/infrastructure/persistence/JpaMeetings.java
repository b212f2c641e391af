package org.icsse.governance.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.meeting.Meeting;
import org.icsse.governance.domain.meeting.Meetings;
import org.icsse.governance.domain.meeting.Minutes;
import org.icsse.governance.domain.meeting.MinutesDocument;
import org.icsse.governance.domain.shared.NotFoundException;

/** Meetings and their minutes in the database. */
@ApplicationScoped
public class JpaMeetings implements Meetings {

    private static final String NEXT_ID = "SELECT nextval('meeting_seq')";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public long nextId() {
        return ((Number) em.createNativeQuery(NEXT_ID).getSingleResult()).longValue();
    }

    @Override
    public Optional<Meeting> findById(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public Meeting getForChange(long id) {
        Meeting meeting = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException("meeting", id);
        }
        return meeting;
    }

    @Override
    public List<Meeting> ofBody(long bodyId) {
        return em.createNamedQuery("Meeting.ofBody", Meeting.class).setParameter("body", bodyId).getResultList();
    }

    @Override
    public void add(Meeting meeting) {
        em.persist(meeting);
        em.flush();
    }

    @Override
    public Optional<Minutes> findMinutes(long meetingId) {
        return Optional.ofNullable(em.find(Minutes.class, meetingId));
    }

    @Override
    public Minutes getMinutesForChange(long meetingId) {
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            throw new NotFoundException("minutes", meetingId);
        }
        return minutes;
    }

    @Override
    public void addMinutes(Minutes minutes) {
        em.persist(minutes);
        em.flush();
    }

    @Override
    public Optional<MinutesDocument> findMinutesDocument(long meetingId) {
        return Optional.ofNullable(em.find(MinutesDocument.class, meetingId));
    }

    @Override
    public void addMinutesDocument(MinutesDocument document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
