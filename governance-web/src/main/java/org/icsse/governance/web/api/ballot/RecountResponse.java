package org.icsse.governance.web.api.ballot;

import java.util.List;

import org.icsse.governance.application.ballot.Recount;

/**
 * The secretariat's recount of a closed ballot: whether it {@code matches}, the result {@code stored} at closing
 * and the one {@code recomputed} from the stored votes (both in the shape of a ballot's {@code result}), the
 * number of votes read, and the {@code problems} found (each naming a receipt, never a network's choice).
 */
public record RecountResponse(boolean matches, ResultResponse stored, ResultResponse recomputed, long votesRead,
        List<String> problems) {

    static RecountResponse of(Recount recount) {
        return new RecountResponse(recount.matches(), ResultResponse.of(recount.stored()),
                ResultResponse.of(recount.recomputed()), recount.votesRead(), recount.problems());
    }
}
