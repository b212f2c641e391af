package org.icsse.governance.domain.ballot;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.icsse.governance.domain.shared.NotFoundException;

/** The ballots of the coalition's bodies with their electorates and votes. */
public interface Ballots {

    /** A new id for a ballot (the domain takes its ids from the caller). */
    long nextId();

    Optional<Ballot> findById(long id);

    default Ballot getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("ballot", id));
    }

    /**
     * The ballot, read under a shared lock held until the transaction ends: casts run side by side, but not
     * while the ballot is being closed; a cast that waited for a closing reads it closed.
     */
    Ballot getForCast(long id);

    /**
     * The ballot, locked exclusively until the transaction ends: closing waits for the casts in flight to
     * commit, and casts that come later wait for the closing and then find the ballot closed.
     */
    Ballot getForClose(long id);

    /** Stores a new ballot with its seal and its electorate, and writes them at once. */
    void add(Ballot ballot, BallotSeal seal, Collection<Elector> electorate);

    BallotSeal seal(long ballotId);

    /** The seal of a ballot; none once the meeting of a secret ballot is archived. */
    Optional<BallotSeal> findSeal(long ballotId);

    /**
     * Destroys, for the secret ballots of a meeting, the link between networks and choices: the seals are
     * deleted and each vote keeps only its receipt (the ballot keeps its tally).
     *
     * @return how many secret ballots the meeting had
     */
    int forgetSecretChoices(long meetingId);

    /**
     * The electors of open remote ballots closing after {@code now} and no later than {@code horizon} that have
     * not voted and have not been reminded, by deadline.
     */
    List<Elector> awaitingReminder(Instant now, Instant horizon);

    /** The reminder of a network for a ballot, if one was sent. */
    Optional<Reminder> findReminder(long ballotId, long networkId);

    /** Records a reminder and writes it at once (a second one for the same ballot and network surfaces here). */
    void addReminder(Reminder reminder);

    /** The network in the ballot's electorate, if it is. */
    Optional<Elector> findElector(long ballotId, long networkId);

    /** The network in the ballot's electorate, locked until the transaction ends: its casts wait for each other. */
    Optional<Elector> findElectorForVote(long ballotId, long networkId);

    /** The whole electorate, in network id order. */
    List<Elector> electors(long ballotId);

    Optional<Vote> findVote(long ballotId, String slot);

    /** Stores a first vote and writes it at once (a second vote for the slot surfaces here). */
    void addVote(Vote vote);

    /** The votes as stored, in slot order (an order that says nothing of who voted when). */
    List<Vote> votes(long ballotId);

    /** The votes counted in the database: networks and weight for each choice. */
    Tally tally(long ballotId);

    /** How many networks of the electorate have voted, and their weight. */
    Count participation(long ballotId);

    /** The receipts of the votes, sorted. */
    List<ReceiptCode> receipts(long ballotId);

    List<Ballot> ofMeeting(long meetingId);

    List<Ballot> ofMotion(long motionId);

    /** The open ballots in whose electorate any of these networks is, oldest first. */
    List<Ballot> openWithElector(Collection<Long> networkIds);

    /** The ids of open remote ballots whose deadline is at or before {@code now}, earliest first. */
    List<Long> dueForClosing(Instant now);

    /** Writes the pending changes now (a broken database constraint surfaces here, not at commit). */
    void flush();
}
