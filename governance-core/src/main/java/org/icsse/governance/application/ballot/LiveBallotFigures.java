package org.icsse.governance.application.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.icsse.governance.domain.ballot.Ballot;
import org.icsse.governance.domain.ballot.Ballots;
import org.icsse.governance.domain.ballot.Count;

/**
 * Reads the live figures of an open ballot once for all the consoles that show it: the push message sent after
 * votes carries them (web's {@code MeetingPush}), so a console shows a vote as soon as the message arrives instead
 * of asking the server for its ballot again — during a vote of 2,000 networks those requests queued behind the
 * votes themselves.
 * <p>
 * Who sees them: the message goes only to the chair consoles of the ballot's meeting, a page for the chair and the
 * secretariat (and the administrator), who see these figures of an open ballot through {@link BallotService} too.
 * No caller is needed (the message is read on a background thread), so this gives nothing that those readers may
 * not all see: participation and quorum, and totals only for a named ballot. Pages and the API read ballots through
 * {@link BallotService}, with the caller's rights.
 */
@ApplicationScoped
// A transaction of its own, not SUPPORTS: read without one on the push sender's thread, Payara's entity manager
// wrapper was found closed for about a third of the reads under load ("Attempting to execute an operation on a closed
// EntityManager", benchmark 3, 2 December 2026), and those messages went out without figures.
@Transactional(Transactional.TxType.REQUIRED)
public class LiveBallotFigures {

    @Inject
    Ballots ballots;

    @Inject
    Clock clock;

    /** The figures of the ballot if it is open; empty if it is closed or unknown (the console then reads it again). */
    public Optional<LiveFigures> of(long ballotId) {
        Instant readAt = clock.instant();
        Optional<Ballot> found = ballots.findById(ballotId);
        if (found.isEmpty() || !found.get().isOpen()) {
            return Optional.empty();
        }
        Ballot ballot = found.get();
        Count participation = ballots.participation(ballotId);
        Count electorate = ballot.electorate();
        boolean quorumReached = ballot.rules().quorum().isMet(participation.networks(), participation.weight(),
                electorate.networks(), electorate.weight());
        return Optional.of(new LiveFigures(ballotId, participation, quorumReached,
                ballot.isSecret() ? null : ballots.tally(ballotId), readAt));
    }
}
