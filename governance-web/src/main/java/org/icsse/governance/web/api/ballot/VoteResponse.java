package org.icsse.governance.web.api.ballot;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.icsse.governance.application.ballot.VoteReceipt;

/**
 * A network's current vote as its own delegates read it: the {@code receipt} of the latest cast, the
 * {@code choice} and {@code castAt}. Once a secret ballot has closed, {@code choice} is {@code null} (and a
 * secret vote keeps no time, so {@code castAt} is given only right after the cast): only the receipt remains.
 * The network is the one in the address; the body names none, so it never pairs a network with a choice.
 */
@JsonbNillable
public record VoteResponse(String receipt, String choice, Instant castAt) {

    static VoteResponse of(VoteReceipt vote) {
        return new VoteResponse(vote.receipt(), vote.choice() == null ? null : vote.choice().name(), vote.castAt());
    }
}
