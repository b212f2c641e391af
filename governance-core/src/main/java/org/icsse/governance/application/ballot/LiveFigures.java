package org.icsse.governance.application.ballot;

import java.time.Instant;

import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Tally;

/**
 * What the chair console shows live of an open ballot: how many networks and how much weight have voted, whether
 * that meets the quorum, and, for a named ballot only, the totals for, against and abstaining ({@code null} for a
 * secret ballot, whose totals nobody sees before it closes).
 *
 * @param readAt when the figures were read (started to be): a console keeps the latest figures it has been given
 */
public record LiveFigures(long ballotId, Count participation, boolean quorumReached, Tally totals, Instant readAt) {
}
