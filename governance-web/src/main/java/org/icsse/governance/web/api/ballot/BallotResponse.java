package org.icsse.governance.web.api.ballot;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.domain.ballot.Tally;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.body.Quorum;
import org.icsse.governance.web.api.motion.NetworkRefResponse;

/**
 * One ballot as a signed-in caller sees it: the question ({@code motionId}, {@code motionNumber}, {@code title},
 * and {@code amendsMotionId} for an amendment), its body and meeting ({@code meetingId} {@code null} for a remote
 * ballot), {@code status} (OPEN, CLOSED), its rules ({@code majority}, {@code doubleMajority}, {@code quorum} in
 * percent and {@code quorumNeeded} in networks and weight, {@code secret}), its times, the {@code electorate}
 * frozen at opening and the {@code participation} so far.
 * <p>
 * {@code liveTotals} appears only while a <em>named</em> ballot is open, and only for the chair and the
 * secretariat; {@code result} only once it is closed, with {@code decisionNumber} when it adopted a motion.
 * Nothing in it links a network to a choice. {@code actions} says what the caller may do with it now.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "motionId", "motionNumber", "title", "amendsMotionId", "bodyId", "bodyCode", "meetingId",
        "status", "majority", "doubleMajority", "quorum", "quorumNeeded", "secret", "closesAt", "openedAt", "closedAt",
        "electorate", "participation", "liveTotals", "result", "decisionNumber", "actions"})
public record BallotResponse(String id, String motionId, String motionNumber, String title, String amendsMotionId,
        String bodyId, String bodyCode, String meetingId, String status, String majority, boolean doubleMajority,
        Quorum quorum, CountResponse quorumNeeded, boolean secret, Instant closesAt, Instant openedAt, Instant closedAt,
        CountResponse electorate, CountResponse participation, @JsonbNillable(false) LiveTotals liveTotals,
        @JsonbNillable(false) ResultResponse result, String decisionNumber, Actions actions) {

    static BallotResponse of(BallotView view) {
        return new BallotResponse(Ids.text(view.id()), Ids.text(view.motionId()), view.motionNumber(), view.title(),
                Ids.text(view.amendsMotionId()), Ids.text(view.bodyId()), view.bodyCode(), Ids.text(view.meetingId()),
                view.status().name(), view.majority().name(), view.doubleMajority(),
                new Quorum(view.quorumNetworksPercent(), view.quorumWeightPercent()),
                new CountResponse(view.networksNeeded(), view.weightNeeded()), view.secret(), view.closesAt(),
                view.openedAt(), view.closedAt(), CountResponse.of(view.electorate()),
                CountResponse.of(view.participation()), LiveTotals.of(view.liveTally()), ResultResponse.of(view.result()),
                view.decisionNumber(), Actions.of(view.actions()));
    }

    /** The running totals of an open named ballot, for the chair and the secretariat. */
    @JsonbPropertyOrder({"inFavour", "against", "abstain"})
    public record LiveTotals(@JsonbProperty("for") CountResponse inFavour, CountResponse against, CountResponse abstain) {

        static LiveTotals of(Tally tally) {
            return tally == null ? null
                    : new LiveTotals(CountResponse.of(tally.inFavour()), CountResponse.of(tally.against()),
                            CountResponse.of(tally.abstain()));
        }
    }

    /**
     * What the caller may do now: {@code close} it, vote for the networks in {@code voteFor} (their own, and those
     * whose proxy their network holds), read the receipts, read the roll call, {@code verify} it by a recount.
     */
    public record Actions(boolean close, List<NetworkRefResponse> voteFor, boolean readReceipts, boolean readRollCall,
            boolean verify) {

        static Actions of(BallotView.Actions actions) {
            return new Actions(actions.close(),
                    actions.voteFor().stream()
                            .map(n -> new NetworkRefResponse(Ids.text(n.id()), n.acronym(), n.name())).toList(),
                    actions.readReceipts(), actions.readRollCall(), actions.verify());
        }
    }
}
