package org.icsse.governance.application.ballot;

import java.util.List;

import org.icsse.governance.domain.ballot.Result;

/**
 * The secretariat's check of a closed ballot: the result recomputed from the stored votes, one by one, against
 * the electorate frozen at opening, compared with the result kept at closing. {@code problems} names every vote
 * that does not belong (a slot of no elector, a weight or network that does not match); none when all is well.
 */
public record Recount(long ballotId, Result stored, Result recomputed, long votesRead, List<String> problems) {

    public Recount {
        problems = List.copyOf(problems);
    }

    /** Whether the stored result is exactly what the votes give, with nothing out of place. */
    public boolean matches() {
        return problems.isEmpty() && stored.equals(recomputed);
    }
}
