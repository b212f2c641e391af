package org.icsse.governance.web.api.ballot;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.icsse.governance.domain.ballot.Result;

/**
 * The result of a closed ballot exactly as {@code API.md} gives it: {@code outcome} (ADOPTED, REJECTED,
 * NO_QUORUM), the networks and weight {@code for}, {@code against} and {@code abstain}, the {@code participation}
 * and the {@code electorate} frozen at opening, and whether the quorum and the majority were reached. Totals
 * only: a result never says which network chose what.
 */
@JsonbPropertyOrder({"outcome", "inFavour", "against", "abstain", "participation", "electorate", "quorumReached",
        "majorityReached"})
public record ResultResponse(String outcome, @JsonbProperty("for") CountResponse inFavour, CountResponse against,
        CountResponse abstain, CountResponse participation, CountResponse electorate, boolean quorumReached,
        boolean majorityReached) {

    static ResultResponse of(Result result) {
        return result == null ? null
                : new ResultResponse(result.outcome().name(), CountResponse.of(result.tally().inFavour()),
                        CountResponse.of(result.tally().against()), CountResponse.of(result.tally().abstain()),
                        CountResponse.of(result.tally().participation()), CountResponse.of(result.electorate()),
                        result.quorumReached(), result.majorityReached());
    }
}
