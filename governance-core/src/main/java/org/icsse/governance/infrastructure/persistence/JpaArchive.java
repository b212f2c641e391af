package org.icsse.governance.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.archive.Archive;
import org.icsse.governance.domain.archive.ArchivedMeeting;
import org.icsse.governance.domain.archive.ChainHead;

/** The archive's records: {@code archive_package}, and {@code archive_head} as the lock of the chain's end. */
@ApplicationScoped
public class JpaArchive implements Archive {

    private static final String LOCK_HEAD = "SELECT last_sequence, last_package, last_manifest FROM archive_head"
            + " WHERE id = 1 FOR UPDATE";
    private static final String MOVE_HEAD = "UPDATE archive_head SET last_sequence = ?1, last_package = ?2,"
            + " last_manifest = ?3 WHERE id = 1 AND last_sequence = ?4";
    private static final String AWAITING = "SELECT m.id FROM meeting m JOIN minutes mi ON mi.meeting_id = m.id"
            + " WHERE m.status = 'CLOSED' AND mi.status = 'APPROVED'"
            + " AND NOT EXISTS (SELECT 1 FROM archive_package a WHERE a.meeting_id = m.id)"
            + " ORDER BY mi.approved_at, m.id";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public ChainHead lockHead() {
        Object[] row = (Object[]) em.createNativeQuery(LOCK_HEAD).getSingleResult();
        return new ChainHead(((Number) row[0]).longValue(), (String) row[1], (String) row[2]);
    }

    @Override
    public void append(ArchivedMeeting sealed) {
        em.persist(sealed);
        int moved = em.createNativeQuery(MOVE_HEAD).setParameter(1, sealed.sequence()).setParameter(2, sealed.fileName())
                .setParameter(3, sealed.manifestSha256()).setParameter(4, sealed.sequence() - 1).executeUpdate();
        if (moved != 1) {
            throw new IllegalStateException("the archive chain moved while package " + sealed.sequence() + " was sealed");
        }
        em.flush();
    }

    @Override
    public Optional<ArchivedMeeting> findByMeeting(long meetingId) {
        return Optional.ofNullable(em.find(ArchivedMeeting.class, meetingId));
    }

    @Override
    public List<ArchivedMeeting> all() {
        return em.createQuery("SELECT a FROM ArchivedMeeting a ORDER BY a.sequence", ArchivedMeeting.class).getResultList();
    }

    @Override
    public List<Long> meetingsAwaitingArchive() {
        return em.createNativeQuery(AWAITING).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }
}
