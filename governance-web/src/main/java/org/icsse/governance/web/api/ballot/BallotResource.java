package org.icsse.governance.web.api.ballot;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.icsse.governance.application.ballot.BallotService;
import org.icsse.governance.application.ballot.BallotView;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.RequestBodies;

/**
 * {@code /ballots}: votes on motions and amendments, as {@code API.md} describes them. The chair and the
 * secretariat open and close ballots; a delegate casts and reads the vote of their own network, or of a network
 * whose proxy their network holds in the ballot's meeting; any signed-in caller reads a ballot; the body's
 * members (its networks' delegates, the chair, the secretariat and administrators) read the receipts and, for a
 * named ballot, the roll call once it has closed. The service checks every value, every rule and every right
 * again; this class only maps HTTP onto it.
 * <p>
 * Beyond {@code API.md} (same conventions): {@code GET /ballots?meetingId=} and {@code GET /ballots?motionId=}
 * (the ballots of a meeting, or taken on a motion or amendment, in the order they opened; both together: the
 * meeting's ballots on that motion); {@code GET /ballots/{id}/recount} (the secretariat recounts a closed ballot
 * from its stored votes: {@code {"matches", "stored", "recomputed", "votesRead", "problems"}}).
 * <p>
 * Secrecy: no answer of this class pairs a network with a choice for a secret ballot. A vote's answer names no
 * network (the network is the one in the address), and once a secret ballot has closed its {@code choice} is
 * {@code null}; a secret ballot has no roll call (403).
 */
@Path("ballots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    BallotService ballots;

    @Context
    UriInfo uri;

    /**
     * The chair or the secretariat opens a ballot on a motion or an amendment ({@code motionId}); rules left out
     * are the body's. Without {@code closesAt}, in the meeting of the body now sitting on the motion (else 409);
     * with it (at least 5 minutes and at most 90 days ahead), a remote ballot on an admitted motion. 201 with the
     * ballot, its frozen electorate, and its {@code Location}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT})
    public Response open(BallotRequest request) {
        BallotView ballot = ballots.open(RequestBodies.required(request).toForm());
        URI location = uri.getBaseUriBuilder().path(BallotResource.class).path(Ids.text(ballot.id())).build();
        return Response.created(location).entity(BallotResponse.of(ballot)).build();
    }

    /**
     * <b>Extension:</b> the ballots of the meeting {@code meetingId}, or taken on the motion {@code motionId}, in
     * the order they opened (one of the two is required: else 422); {@code X-Total-Count} gives their number.
     */
    @GET
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response list(@QueryParam("meetingId") String meetingId, @QueryParam("motionId") String motionId) {
        Long meeting = Ids.field("meetingId", "meeting", blankToNull(meetingId));
        Long motion = Ids.field("motionId", "motion", blankToNull(motionId));
        Stream<BallotView> found;
        if (meeting != null) {
            found = ballots.ofMeeting(meeting).stream().filter(b -> motion == null || b.motionId() == motion);
        } else if (motion != null) {
            found = ballots.ofMotion(motion).stream();
        } else {
            throw new InvalidValueException("meetingId", "value.required");
        }
        List<BallotResponse> list = found.map(BallotResponse::of).toList();
        return Response.ok(list).header(GovernanceApi.TOTAL_COUNT, list.size()).build();
    }

    /**
     * One ballot: {@code status} OPEN or CLOSED, {@code participation} always; while a named ballot is open,
     * {@code liveTotals} for the chair and the secretariat; once closed, {@code result}.
     */
    @GET
    @Path("{id}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public BallotResponse get(@PathParam("id") String id) {
        return BallotResponse.of(ballots.get(ballotId(id)));
    }

    /**
     * A delegate casts the vote ({@code choice} FOR, AGAINST or ABSTAIN; else 422) of their own network or of a
     * network whose proxy their network holds in the ballot's meeting (any other: 403); again to change it. 200
     * with a new {@code receipt}. A network outside the electorate: 403; a ballot no longer open: 409.
     */
    @PUT
    @Path("{id}/votes/{networkId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DELEGATE)
    public VoteResponse cast(@PathParam("id") String id, @PathParam("networkId") String networkId, VoteRequest request) {
        VoteRequest body = RequestBodies.required(request);
        return VoteResponse.of(ballots.cast(ballotId(id), Ids.path("network", networkId), body.choice()));
    }

    /** The network's current vote, for those who vote for it (no vote yet: 404); a closed secret ballot's choice is {@code null}. */
    @GET
    @Path("{id}/votes/{networkId}")
    @RolesAllowed(ApiRoles.DELEGATE)
    public VoteResponse ownVote(@PathParam("id") String id, @PathParam("networkId") String networkId) {
        return VoteResponse.of(ballots.ownVote(ballotId(id), Ids.path("network", networkId)));
    }

    /**
     * The chair or the secretariat closes the ballot: counted and decided; the motion moves on, an adopted motion
     * enters the decisions register, an adopted amendment is written into its motion. 200 with the ballot and its
     * {@code result}; already closed: 409.
     */
    @POST
    @Path("{id}/closure")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT})
    public BallotResponse close(@PathParam("id") String id) {
        return BallotResponse.of(ballots.close(ballotId(id)));
    }

    /** After closing, the receipts counted, sorted: a JSON array of codes, for the body's members (still open: 409). */
    @GET
    @Path("{id}/receipts")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response receipts(@PathParam("id") String id) {
        List<String> receipts = ballots.receipts(ballotId(id));
        return Response.ok(receipts).header(GovernanceApi.TOTAL_COUNT, receipts.size()).build();
    }

    /**
     * After closing a named ballot, each network of the electorate with its weight and {@code choice} ({@code null}:
     * did not vote), by acronym, for the body's members; a secret ballot: 403; still open: 409.
     */
    @GET
    @Path("{id}/roll-call")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response rollCall(@PathParam("id") String id) {
        List<RollCallResponse> lines = ballots.rollCall(ballotId(id)).stream().map(RollCallResponse::of).toList();
        return Response.ok(lines).header(GovernanceApi.TOTAL_COUNT, lines.size()).build();
    }

    /** <b>Extension:</b> the secretariat recounts a closed ballot from its stored votes (still open: 409). */
    @GET
    @Path("{id}/recount")
    @RolesAllowed(ApiRoles.SECRETARIAT)
    public RecountResponse recount(@PathParam("id") String id) {
        return RecountResponse.of(ballots.recount(ballotId(id)));
    }

    private static long ballotId(String id) {
        return Ids.path("ballot", id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
