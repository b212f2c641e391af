package org.icsse.governance.web.api.motion;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.icsse.governance.application.motion.MotionForm;
import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.motion.MotionSummary;
import org.icsse.governance.application.motion.MotionView;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.shared.Page;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.RequestBodies;

/**
 * {@code /motions}: motions and amendments from proposal to admission. Any signed-in caller reads what
 * they may see (a draft only by its own network's delegates: to anyone else it is 404); delegates
 * propose, second, amend and withdraw for their own network; the chair and the secretariat admit and
 * postpone; the secretariat proposes for a network it names and approves translations. The service
 * checks every value and every rule; this class only maps HTTP onto it.
 * <p>
 * Beyond {@code API.md} (same conventions): {@code "draft": true} on {@code POST /motions},
 * {@code PATCH /motions/{id}}, {@code POST /motions/{id}/submission}, {@code POST /motions/{id}/postponement},
 * {@code PUT /motions/{id}/translations/{language}}, {@code POST /motions/{id}/translations/{language}/approval},
 * {@code GET /motions/{id}/comparison}, {@code GET /motions/{id}/history} and {@code GET /motions/awaiting-second}.
 * <p>
 * Only the methods that read a body name {@code @Consumes}: the others (seconds, admission, …) take a POST
 * without any body or {@code Content-Type}. Request bodies keep the API's default limit of 1 MiB: a text of 100,000 characters plus a rationale of
 * 20,000 fit even with every character sent as a six-character JSON escape.
 */
@Path("motions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MotionResource {

    /** At most this many motions in {@code GET /motions/awaiting-second}. */
    static final int AWAITING_LIMIT = 100;

    @Inject
    MotionService motions;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /**
     * Proposes a motion: submitted at once with its number ({@code <CODE>-<year>-NNN}), by a delegate for
     * their own network or by the secretariat for the network it names in {@code proposerNetworkId}.
     * <b>Extension:</b> with {@code "draft": true} a delegate only drafts it (status DRAFT, no number,
     * seen by their own network alone) and submits it later with {@code POST /motions/{id}/submission}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response propose(MotionRequest request) {
        MotionRequest body = RequestBodies.required(request);
        MotionForm form = body.toForm();
        MotionView motion = body.isDraft() ? motions.draft(form) : motions.propose(form);
        return created(motion);
    }

    /**
     * One page of the motions (not amendments) the caller may see: {@code bodyId} and {@code status}
     * filter; {@code q} searches number and title; {@code sort} is one of number (default), title, status,
     * submitted, seconds, with a leading {@code -} for descending order; {@code offset} from 0 and
     * {@code limit} up to 500 (default 100). The header {@code X-Total-Count} gives the number that match.
     */
    @GET
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response search(@QueryParam("bodyId") String bodyId, @QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Page<MotionSummary> page = motions.search(MotionListQuery.parse(bodyId, status, q, sort, offset, limit));
        return Response.ok(page.items().stream().map(MotionSummaryResponse::of).toList())
                .header(GovernanceApi.TOTAL_COUNT, page.total())
                .build();
    }

    /**
     * <b>Extension:</b> the submitted motions and amendments that the caller's network has not seconded
     * yet, in the bodies it belongs to (empty for a caller who is no delegate); at most 100.
     */
    @GET
    @Path("awaiting-second")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response awaitingSecond() {
        List<MotionSummaryResponse> awaiting = motions.awaitingSecondOfOwnNetwork(AWAITING_LIMIT).stream()
                .map(MotionSummaryResponse::of).toList();
        return Response.ok(awaiting).header(GovernanceApi.TOTAL_COUNT, awaiting.size()).build();
    }

    /**
     * One motion or amendment; {@code shown} is its text in {@code ?lang=} (EN, FR, ES) or else the first
     * language of {@code Accept-Language} the application speaks, or else the original.
     */
    @GET
    @Path("{id}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MotionResponse get(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return MotionResponse.of(motions.get(Ids.path("motion", id), reader(lang)));
    }

    /**
     * <b>Extension:</b> the proposing network's delegate changes title, text and rationale until admission
     * (a new version; after admission 409); an absent field stays as it is.
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DELEGATE)
    public MotionResponse edit(@PathParam("id") String id, MotionRequest request) {
        MotionRequest body = RequestBodies.required(request);
        long motionId = Ids.path("motion", id);
        MotionView current = motions.get(motionId, null);
        MotionForm form = new MotionForm(null, body.title() == null ? current.title() : body.title(),
                body.text() == null ? current.text() : body.text(),
                body.rationale() == null ? current.rationale() : body.rationale(), null, null);
        return MotionResponse.of(motions.edit(motionId, form));
    }

    /** <b>Extension:</b> the proposing network's delegate submits a draft, which gets its number. */
    @POST
    @Path("{id}/submission")
    @RolesAllowed(ApiRoles.DELEGATE)
    public MotionResponse submit(@PathParam("id") String id) {
        return MotionResponse.of(motions.submit(Ids.path("motion", id)));
    }

    /**
     * A delegate seconds a submitted motion or amendment for their network, a member of the body: 201 with
     * the motion; twice, or for the proposing network, 409.
     */
    @POST
    @Path("{id}/seconds")
    @RolesAllowed(ApiRoles.DELEGATE)
    public Response second(@PathParam("id") String id) {
        MotionView motion = motions.second(Ids.path("motion", id));
        return Response.status(Response.Status.CREATED).entity(MotionResponse.of(motion)).build();
    }

    /**
     * A delegate of a member network proposes an amendment to an admitted motion: {@code title}, {@code text}
     * (the replacement), {@code rationale} and, for one paragraph only, {@code paragraph} (from 1). It is
     * submitted at once and answered with 201 and its {@code amends}.
     */
    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DELEGATE)
    public Response amend(@PathParam("id") String id, AmendmentRequest request) {
        AmendmentRequest body = RequestBodies.required(request);
        return created(motions.proposeAmendment(Ids.path("motion", id), body.toForm()));
    }

    /** The chair or the secretariat admits a motion or amendment that has the seconds its body requires; else 409. */
    @POST
    @Path("{id}/admission")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MotionResponse admit(@PathParam("id") String id) {
        return MotionResponse.of(motions.admit(Ids.path("motion", id)));
    }

    /** <b>Extension:</b> the chair or the secretariat postpones a motion or amendment (it comes back by admission). */
    @POST
    @Path("{id}/postponement")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MotionResponse postpone(@PathParam("id") String id) {
        return MotionResponse.of(motions.postpone(Ids.path("motion", id)));
    }

    /** The proposing network's delegate withdraws the motion or amendment, until voting starts; anyone else gets 403. */
    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(ApiRoles.DELEGATE)
    public MotionResponse withdraw(@PathParam("id") String id) {
        return MotionResponse.of(motions.withdraw(Ids.path("motion", id)));
    }

    /**
     * <b>Extension:</b> adds or replaces the translation into {@code language} (EN, FR, ES): the proposing
     * network's delegates and the secretariat may; only the secretariat may send {@code "official": true}.
     */
    @PUT
    @Path("{id}/translations/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MotionResponse translate(@PathParam("id") String id, @PathParam("language") String language,
            TranslationRequest request) {
        TranslationRequest body = RequestBodies.required(request);
        return MotionResponse.of(motions.translate(Ids.path("motion", id), body.toForm(language.toUpperCase(Locale.ROOT))));
    }

    /** <b>Extension:</b> the secretariat approves the translation into {@code language}: it becomes official. */
    @POST
    @Path("{id}/translations/{language}/approval")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MotionResponse approveTranslation(@PathParam("id") String id, @PathParam("language") String language) {
        return MotionResponse.of(motions.approveTranslation(Ids.path("motion", id), language.toUpperCase(Locale.ROOT)));
    }

    /**
     * <b>Extension:</b> versions {@code from} (default 1) and {@code to} (default the latest) of a motion's
     * title and text side by side; a version that does not exist is 422 on its parameter.
     */
    @GET
    @Path("{id}/comparison")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public ComparisonResponse compare(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        long motionId = Ids.path("motion", id);
        int older = version(from, 1);
        int newer = to == null || to.isBlank() ? motions.get(motionId, null).versions().size() : version(to, 0);
        return ComparisonResponse.of(motions.compare(motionId, older, newer));
    }

    /** <b>Extension:</b> the changes of a motion or amendment from the audit log, oldest first (at most 200). */
    @GET
    @Path("{id}/history")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response history(@PathParam("id") String id) {
        List<HistoryEntryResponse> entries = motions.history(Ids.path("motion", id)).stream().map(HistoryEntryResponse::of).toList();
        return Response.ok(entries).header(GovernanceApi.TOTAL_COUNT, entries.size()).build();
    }

    private Response created(MotionView motion) {
        URI location = uri.getBaseUriBuilder().path(MotionResource.class).path(Ids.text(motion.id())).build();
        return Response.created(location).entity(MotionResponse.of(motion)).build();
    }

    /** The language asked for with {@code ?lang=}, else the caller's first one we speak, else none (the original). */
    private Language reader(String lang) {
        if (lang != null && !lang.isBlank()) {
            return Texts.requireEnum("lang", Language.class, lang.strip().toUpperCase(Locale.ROOT));
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            for (Language language : Language.values()) {
                if (language.locale().getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return null;
    }

    /**
     * A version number from a query parameter: {@code fallback} when absent; 0 when it is no number, which
     * the service then refuses with the range of the motion's versions.
     */
    private static int version(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
