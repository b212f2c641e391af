package org.icsse.governance.infrastructure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.icsse.governance.domain.ballot.Ballot;
import org.icsse.governance.domain.ballot.BallotSeal;
import org.icsse.governance.domain.ballot.BallotStatus;
import org.icsse.governance.domain.ballot.Ballots;
import org.icsse.governance.domain.ballot.Choice;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Elector;
import org.icsse.governance.domain.ballot.ReceiptCode;
import org.icsse.governance.domain.ballot.Reminder;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.domain.ballot.Vote;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.infrastructure.config.Settings;

/**
 * Ballots in the database. A cast holds a shared lock on its ballot's row and an exclusive one on its
 * network's elector row; closing holds an exclusive lock on the ballot's row. So casts of different networks
 * run side by side, casts of one network wait for each other, and closing waits for the casts in flight
 * while later casts wait for the closing and then find the ballot closed.
 * <p>
 * PostgreSQL has shared row locks ({@code FOR SHARE}); H2 has none, so there a cast locks the ballot's row
 * exclusively: casts of one ballot then take turns, which the embedded database's single user can afford.
 */
@ApplicationScoped
public class JpaBallots implements Ballots {

    private static final String NEXT_ID = "SELECT nextval('ballot_seq')";
    private static final String LOCK_SHARED = "SELECT id FROM ballot WHERE id = ?1 FOR SHARE";
    private static final String LOCK_EXCLUSIVE = "SELECT id FROM ballot WHERE id = ?1 FOR UPDATE";
    private static final String TALLY = "SELECT choice, COUNT(*), COALESCE(SUM(weight), 0) FROM ballot_vote"
            + " WHERE ballot_id = ?1 AND choice IS NOT NULL GROUP BY choice";
    private static final String PARTICIPATION = "SELECT COUNT(*), COALESCE(SUM(weight), 0) FROM ballot_elector"
            + " WHERE ballot_id = ?1 AND voted_at IS NOT NULL";
    private static final String RECEIPTS = "SELECT receipt FROM ballot_vote WHERE ballot_id = ?1 ORDER BY receipt";

    private static final String BLANK_SECRET_CHOICES = "UPDATE ballot_vote SET choice = NULL, weight = NULL"
            + " WHERE secret = TRUE AND ballot_id IN (SELECT id FROM ballot WHERE meeting_id = ?1 AND secret = TRUE)";
    private static final String DELETE_SECRET_SEALS = "DELETE FROM ballot_seal"
            + " WHERE ballot_id IN (SELECT id FROM ballot WHERE meeting_id = ?1 AND secret = TRUE)";

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Override
    public long nextId() {
        return ((Number) em.createNativeQuery(NEXT_ID).getSingleResult()).longValue();
    }

    @Override
    public Optional<Ballot> findById(long id) {
        return Optional.ofNullable(em.find(Ballot.class, id));
    }

    @Override
    public Ballot getForCast(long id) {
        lock(Settings.serverDatabaseConfigured() ? LOCK_SHARED : LOCK_EXCLUSIVE, id);
        // read after the lock: the state the lock now guarantees
        return em.find(Ballot.class, id);
    }

    @Override
    public Ballot getForClose(long id) {
        Ballot ballot = em.find(Ballot.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ballot == null) {
            throw new NotFoundException("ballot", id);
        }
        return ballot;
    }

    private void lock(String sql, long id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("ballot", id);
        }
    }

    @Override
    public void add(Ballot ballot, BallotSeal seal, Collection<Elector> electorate) {
        em.persist(ballot);
        em.persist(seal);
        electorate.forEach(em::persist);
        em.flush();
    }

    @Override
    public BallotSeal seal(long ballotId) {
        return findSeal(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
    }

    @Override
    public Optional<BallotSeal> findSeal(long ballotId) {
        return Optional.ofNullable(em.find(BallotSeal.class, ballotId));
    }

    @Override
    public int forgetSecretChoices(long meetingId) {
        List<Long> secret = em.createQuery("SELECT b.id FROM Ballot b WHERE b.meetingId = :meeting AND b.secret = TRUE",
                Long.class).setParameter("meeting", meetingId).getResultList();
        if (secret.isEmpty()) {
            return 0;
        }
        em.flush();
        em.createNativeQuery(BLANK_SECRET_CHOICES).setParameter(1, meetingId).executeUpdate();
        em.createNativeQuery(DELETE_SECRET_SEALS).setParameter(1, meetingId).executeUpdate();
        // what this persistence context still holds of those votes and seals is stale now
        em.clear();
        return secret.size();
    }

    @Override
    public List<Elector> awaitingReminder(Instant now, Instant horizon) {
        return em.createQuery("SELECT e FROM Elector e, Ballot b WHERE b.id = e.ballotId AND b.status = :open"
                + " AND b.closesAt IS NOT NULL AND b.closesAt > :now AND b.closesAt <= :horizon AND e.votedAt IS NULL"
                + " AND NOT EXISTS (SELECT r FROM Reminder r WHERE r.ballotId = e.ballotId AND r.networkId = e.networkId)"
                + " ORDER BY b.closesAt, e.ballotId, e.networkId", Elector.class)
                .setParameter("open", BallotStatus.OPEN).setParameter("now", now).setParameter("horizon", horizon)
                .getResultList();
    }

    @Override
    public Optional<Reminder> findReminder(long ballotId, long networkId) {
        return Optional.ofNullable(em.find(Reminder.class, new Reminder.Key(ballotId, networkId)));
    }

    @Override
    public void addReminder(Reminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public Optional<Elector> findElector(long ballotId, long networkId) {
        return Optional.ofNullable(em.find(Elector.class, new Elector.Key(ballotId, networkId)));
    }

    @Override
    public Optional<Elector> findElectorForVote(long ballotId, long networkId) {
        return Optional.ofNullable(em.find(Elector.class, new Elector.Key(ballotId, networkId),
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Elector> electors(long ballotId) {
        return em.createQuery("SELECT e FROM Elector e WHERE e.ballotId = :ballot ORDER BY e.networkId", Elector.class)
                .setParameter("ballot", ballotId).getResultList();
    }

    @Override
    public Optional<Vote> findVote(long ballotId, String slot) {
        return Optional.ofNullable(em.find(Vote.class, new Vote.Key(ballotId, slot)));
    }

    @Override
    public void addVote(Vote vote) {
        em.persist(vote);
        em.flush();
    }

    @Override
    public List<Vote> votes(long ballotId) {
        return em.createQuery("SELECT v FROM Vote v WHERE v.ballotId = :ballot ORDER BY v.slot", Vote.class)
                .setParameter("ballot", ballotId).getResultList();
    }

    @Override
    public Tally tally(long ballotId) {
        Count inFavour = Count.ZERO;
        Count against = Count.ZERO;
        Count abstain = Count.ZERO;
        List<?> rows = em.createNativeQuery(TALLY).setParameter(1, ballotId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Count count = new Count(((Number) columns[1]).longValue(), ((Number) columns[2]).longValue());
            switch (Choice.valueOf(columns[0].toString().strip())) {
                case FOR -> inFavour = count;
                case AGAINST -> against = count;
                case ABSTAIN -> abstain = count;
            }
        }
        return new Tally(inFavour, against, abstain);
    }

    @Override
    public Count participation(long ballotId) {
        Object[] row = (Object[]) em.createNativeQuery(PARTICIPATION).setParameter(1, ballotId).getSingleResult();
        return new Count(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Override
    public List<ReceiptCode> receipts(long ballotId) {
        return em.createNativeQuery(RECEIPTS).setParameter(1, ballotId).getResultList().stream()
                .map(r -> new ReceiptCode(r.toString())).toList();
    }

    @Override
    public List<Ballot> ofMeeting(long meetingId) {
        return em.createNamedQuery("Ballot.ofMeeting", Ballot.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<Ballot> ofMotion(long motionId) {
        return em.createNamedQuery("Ballot.ofMotion", Ballot.class).setParameter("motion", motionId).getResultList();
    }

    @Override
    public List<Ballot> openWithElector(Collection<Long> networkIds) {
        if (networkIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Ballot.openWithElector", Ballot.class).setParameter("open", BallotStatus.OPEN)
                .setParameter("networks", networkIds).getResultList();
    }

    @Override
    public List<Long> dueForClosing(Instant now) {
        return em.createNamedQuery("Ballot.dueForClosing", Long.class).setParameter("open", BallotStatus.OPEN)
                .setParameter("now", now).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
