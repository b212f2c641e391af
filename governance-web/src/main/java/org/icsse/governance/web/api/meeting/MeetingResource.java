package org.icsse.governance.web.api.meeting;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.icsse.governance.application.meeting.MeetingCalendar;
import org.icsse.governance.application.meeting.MeetingForm;
import org.icsse.governance.application.meeting.MeetingService;
import org.icsse.governance.application.meeting.MeetingView;
import org.icsse.governance.application.meeting.MinutesPdf;
import org.icsse.governance.application.meeting.MinutesService;
import org.icsse.governance.application.meeting.MinutesView;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.InvalidValuesException;
import org.icsse.governance.domain.shared.NotFoundException;
import org.icsse.governance.web.api.ApiRoles;
import org.icsse.governance.web.api.GovernanceApi;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.RequestBodies;
import org.icsse.governance.web.download.Downloads;

/**
 * {@code /meetings}: meetings of the bodies. The secretariat plans them and sets the agenda before the
 * sitting; the chair and the secretariat run the sitting (open, adjourn, resume, close, move through the
 * agenda) and check any network in or out; a delegate checks in their own network and gives or revokes its
 * proxy; the secretariat keeps the minutes, on which the body's delegates comment while they circulate. Any
 * signed-in caller reads meetings and minutes. The services check every value and every rule (a workflow
 * refusal is 409); this class only maps HTTP onto them. Every change answers the whole meeting (or the
 * whole minutes) as they are after it.
 * <p>
 * Beyond the list (same conventions): {@code GET /meetings/{id}/agenda/{itemId}} (the address a new
 * item's {@code Location} names); {@code GET /meetings/{id}/calendar} (the meeting as an iCalendar file)
 * and {@code GET /meetings/{id}/minutes/pdf} (the minutes as PDF, in the language of {@code Accept-Language}).
 * <p>
 * Only the methods that read a body name {@code @Consumes}: the others (opening, check-in, circulation, …)
 * take a POST, PUT or DELETE without any body or {@code Content-Type}.
 */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    /** The domain's names of the fields whose names differ in this resource's requests, and their names there. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of("allottedMinutes", "minutes", "text", "html");

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutes;

    @Context
    UriInfo uri;

    // ---------------------------------------------------------------- the meeting

    /**
     * The secretariat plans a meeting of a body: {@code start} and {@code end} typed as local date-times in
     * the meeting's {@code timeZone}, a {@code venue} or an {@code onlineLink} (http or https) or both. 201
     * with the meeting (times in UTC) and its {@code Location}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response plan(MeetingRequest request) {
        MeetingView meeting = meetings.plan(RequestBodies.required(request).toForm());
        return Response.created(meetingUri(meeting.id())).entity(MeetingResponse.of(meeting)).build();
    }

    /** The meetings of the body {@code bodyId} (required), latest first; {@code X-Total-Count} gives their number. */
    @GET
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response ofBody(@QueryParam("bodyId") String bodyId) {
        Long body = Ids.field("bodyId", "body", bodyId == null || bodyId.isBlank() ? null : bodyId);
        if (body == null) {
            throw new InvalidValueException("bodyId", "value.required");
        }
        List<MeetingResponse> list = meetings.ofBody(body).stream().map(MeetingResponse::of).toList();
        return Response.ok(list).header(GovernanceApi.TOTAL_COUNT, list.size()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse get(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.get(meetingId(id)));
    }

    /**
     * The secretariat changes the title, schedule (local date-times in the meeting's zone, or in the new
     * {@code timeZone} given with them) or place of a meeting until it is closed; an absent field stays as it is.
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse update(@PathParam("id") String id, MeetingRequest request) {
        MeetingRequest body = RequestBodies.required(request);
        MeetingForm form = new MeetingForm(null, body.title(), body.start(), body.end(), body.timeZone(), body.venue(),
                body.onlineLink());
        return MeetingResponse.of(meetings.update(meetingId(id), form));
    }

    // ---------------------------------------------------------------- the agenda

    /**
     * The secretariat adds an item at the end of the agenda of a planned meeting: an admitted motion of the
     * body ({@code motionId}; it and its admitted amendments become ON_AGENDA; any other motion 409) or a
     * free item ({@code kind} REPORT or DISCUSSION with a {@code title}), with the {@code minutes} allotted
     * to it if any. 201 with the meeting; {@code Location} names the new item.
     */
    @POST
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response addItem(@PathParam("id") String id, AgendaItemRequest request) {
        AgendaItemRequest body = RequestBodies.required(request);
        long meetingId = meetingId(id);
        Long motionId = Ids.field("motionId", "motion", body.motionId());
        MeetingView meeting;
        if (motionId != null) {
            try {
                meeting = asRequested(() -> meetings.addMotionItem(meetingId, motionId, body.minutes()));
            } catch (NotFoundException e) {
                throw namedInBody(e, "motion", "motionId", motionId);
            }
        } else {
            meeting = asRequested(() -> meetings.addFreeItem(meetingId, body.kind(), body.title(), body.minutes()));
        }
        long itemId = meeting.agenda().get(meeting.agenda().size() - 1).itemId();
        URI location = uri.getBaseUriBuilder().path(MeetingResource.class).path(Ids.text(meetingId)).path("agenda")
                .path(Ids.text(itemId)).build();
        return Response.created(location).entity(MeetingResponse.of(meeting)).build();
    }

    /** One item of the agenda. */
    @GET
    @Path("{id}/agenda/{itemId}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse.AgendaItemResponse item(@PathParam("id") String id, @PathParam("itemId") String itemId) {
        long item = Ids.path("agendaItem", itemId);
        return meetings.get(meetingId(id)).agenda().stream().filter(row -> row.itemId() == item).findFirst()
                .map(MeetingResponse.AgendaItemResponse::of)
                .orElseThrow(() -> new NotFoundException("agendaItem", itemId));
    }

    /** Changes ({@code minutes}) or clears ({@code null}) the time allotted to an item, before the sitting. */
    @PATCH
    @Path("{id}/agenda/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse allot(@PathParam("id") String id, @PathParam("itemId") String itemId, AgendaItemRequest request) {
        AgendaItemRequest body = RequestBodies.required(request);
        return MeetingResponse.of(asRequested(() -> meetings.allot(meetingId(id), Ids.path("agendaItem", itemId), body.minutes())));
    }

    /** Takes an item off the agenda before the sitting; a motion taken off is postponed (back through admission). */
    @DELETE
    @Path("{id}/agenda/{itemId}")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse removeItem(@PathParam("id") String id, @PathParam("itemId") String itemId) {
        return MeetingResponse.of(meetings.removeItem(meetingId(id), Ids.path("agendaItem", itemId)));
    }

    /** Puts the agenda in the order of {@code itemIds}, which names every item once (else 422); before the sitting. */
    @PUT
    @Path("{id}/agenda/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse reorder(@PathParam("id") String id, AgendaOrderRequest request) {
        AgendaOrderRequest body = RequestBodies.required(request);
        return MeetingResponse.of(meetings.reorder(meetingId(id), Ids.fields("itemIds", "agendaItem", body.itemIds())));
    }

    /** The chair moves the sitting to an item of the agenda ({@code itemId}), while in session. */
    @POST
    @Path("{id}/current-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse advance(@PathParam("id") String id, CurrentItemRequest request) {
        CurrentItemRequest body = RequestBodies.required(request);
        Long itemId = Ids.field("itemId", "agendaItem", body.itemId());
        if (itemId == null) {
            throw new InvalidValueException("itemId", "value.required");
        }
        return MeetingResponse.of(meetings.advanceTo(meetingId(id), itemId));
    }

    // ---------------------------------------------------------------- the sitting

    /** The chair opens the sitting of a planned meeting; the agenda is fixed from now on. */
    @POST
    @Path("{id}/opening")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse open(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.open(meetingId(id)));
    }

    /** The chair suspends the sitting. */
    @POST
    @Path("{id}/adjournment")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse adjourn(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.adjourn(meetingId(id)));
    }

    /** The chair resumes an adjourned sitting. */
    @POST
    @Path("{id}/resumption")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse resume(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.resume(meetingId(id)));
    }

    /** The chair closes an adjourned meeting for good. */
    @POST
    @Path("{id}/closure")
    @RolesAllowed({ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse close(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.close(meetingId(id)));
    }

    // ---------------------------------------------------------------- attendance, proxies, quorum

    /** Checks a network in while in session: a delegate their own network (another: 403), the chair or the secretariat any. */
    @PUT
    @Path("{id}/attendance/{networkId}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse checkIn(@PathParam("id") String id, @PathParam("networkId") String networkId) {
        return MeetingResponse.of(meetings.checkIn(meetingId(id), Ids.path("network", networkId)));
    }

    /** Checks a present network out, with the same rights as checking it in. */
    @DELETE
    @Path("{id}/attendance/{networkId}")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse checkOut(@PathParam("id") String id, @PathParam("networkId") String networkId) {
        return MeetingResponse.of(meetings.checkOut(meetingId(id), Ids.path("network", networkId)));
    }

    /**
     * A delegate gives their network's proxy for this meeting to the network {@code holderNetworkId} of the
     * body; a holder carrying the body's proxy cap already, or a chain of proxies, is 409.
     */
    @PUT
    @Path("{id}/proxy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DELEGATE)
    public MeetingResponse giveProxy(@PathParam("id") String id, ProxyRequest request) {
        ProxyRequest body = RequestBodies.required(request);
        Long holder = Ids.field("holderNetworkId", "network", body.holderNetworkId());
        if (holder == null) {
            throw new InvalidValueException("holderNetworkId", "value.required");
        }
        return MeetingResponse.of(meetings.giveProxy(meetingId(id), holder));
    }

    /** A delegate revokes their network's proxy; 409 once the first ballot of the meeting has opened. */
    @DELETE
    @Path("{id}/proxy")
    @RolesAllowed(ApiRoles.DELEGATE)
    public MeetingResponse revokeProxy(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.revokeProxy(meetingId(id)));
    }

    /** The quorum meter now. */
    @GET
    @Path("{id}/quorum")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MeetingResponse.QuorumResponse quorum(@PathParam("id") String id) {
        return MeetingResponse.of(meetings.get(meetingId(id))).quorum();
    }

    /** The meeting as an iCalendar ({@code .ics}) file, for a calendar. */
    @GET
    @Path("{id}/calendar")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response calendar(@PathParam("id") String id) {
        long meetingId = meetingId(id);
        // the API lives at <context>/api/v1/; the meeting's page at <context>/meetings/
        String page = uri.getBaseUri().resolve("../../meetings/meeting.xhtml?id=" + meetingId).toString();
        return Response.ok(MeetingCalendar.ics(meetings.get(meetingId), page))
                .header("Content-Disposition", "attachment; filename=\"meeting-" + meetingId + ".ics\"").build();
    }

    // ---------------------------------------------------------------- minutes

    /** The minutes as PDF, in the caller's language ({@code Accept-Language}; English otherwise). */
    @GET
    @Path("{id}/minutes/pdf")
    @Produces(MinutesPdf.MEDIA_TYPE)
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response minutesPdf(@PathParam("id") String id, @Context HttpHeaders headers) {
        long meetingId = meetingId(id);
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
                .map(l -> Language.of(l).locale()).orElse(Locale.ENGLISH);
        return Response.ok(MinutesPdf.pdf(minutes.get(meetingId), Downloads.coalition(locale), locale))
                .header("Content-Disposition", "attachment; filename=\"minutes-" + meetingId + ".pdf\"").build();
    }

    /** The secretariat starts the minutes of a meeting that has sat (a planned one: 409); 201 with the draft. */
    @POST
    @Path("{id}/minutes")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public Response draftMinutes(@PathParam("id") String id) {
        long meetingId = meetingId(id);
        MinutesView draft = minutes.draft(meetingId);
        return Response.created(minutesUri(meetingId)).entity(MinutesResponse.of(draft)).build();
    }

    /** The minutes of a meeting (none drafted yet: 404). */
    @GET
    @Path("{id}/minutes")
    @RolesAllowed({ApiRoles.DELEGATE, ApiRoles.CHAIR, ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MinutesResponse getMinutes(@PathParam("id") String id) {
        long meetingId = meetingId(id);
        return MinutesResponse.of(minutes.find(meetingId).orElseThrow(() -> new NotFoundException("minutes", id)));
    }

    /** The secretariat writes the section of an agenda item ({@code html}, sanitised) while the minutes are a draft. */
    @PUT
    @Path("{id}/minutes/sections/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MinutesResponse writeSection(@PathParam("id") String id, @PathParam("itemId") String itemId,
            SectionRequest request) {
        SectionRequest body = RequestBodies.required(request);
        return MinutesResponse.of(asRequested(() -> minutes.writeSection(meetingId(id), Ids.path("agendaItem", itemId), body.html())));
    }

    /** The secretariat circulates the draft to the body's delegates; the comment period starts. */
    @POST
    @Path("{id}/minutes/circulation")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MinutesResponse circulate(@PathParam("id") String id) {
        return MinutesResponse.of(minutes.circulate(meetingId(id)));
    }

    /** A delegate of a network of the body comments on circulated minutes ({@code objection}: true to object); 201. */
    @POST
    @Path("{id}/minutes/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DELEGATE)
    public Response comment(@PathParam("id") String id, CommentRequest request) {
        CommentRequest body = RequestBodies.required(request);
        long meetingId = meetingId(id);
        MinutesView commented = minutes.comment(meetingId, body.text(), body.isObjection());
        return Response.created(minutesUri(meetingId)).entity(MinutesResponse.of(commented)).build();
    }

    /**
     * The secretariat approves circulated minutes once the comment period (7 days) is over without objection;
     * earlier, or after an objection, 409.
     */
    @POST
    @Path("{id}/minutes/approval")
    @RolesAllowed({ApiRoles.SECRETARIAT, ApiRoles.ADMIN})
    public MinutesResponse approve(@PathParam("id") String id) {
        return MinutesResponse.of(minutes.approveBySecretariat(meetingId(id)));
    }

    // ---------------------------------------------------------------- helpers

    private static long meetingId(String id) {
        return Ids.path("meeting", id);
    }

    private URI meetingUri(long id) {
        return uri.getBaseUriBuilder().path(MeetingResource.class).path(Ids.text(id)).build();
    }

    private URI minutesUri(long id) {
        return uri.getBaseUriBuilder().path(MeetingResource.class).path(Ids.text(id)).path("minutes").build();
    }

    /**
     * Runs a service call and names the invalid fields of its refusal as this resource's requests do: the domain's
     * {@code allottedMinutes} is the request's {@code minutes}, a section's {@code text} its {@code html}.
     */
    private static <T> T asRequested(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidValuesException e) {
            throw new InvalidValuesException(e.violations().stream().map(MeetingResource::renamed).toList());
        } catch (InvalidValueException e) {
            throw renamed(e);
        }
    }

    private static InvalidValueException renamed(InvalidValueException e) {
        String field = REQUEST_FIELDS.get(e.field());
        return field == null ? e : new InvalidValueException(field, e.messageKey(), e.arguments());
    }

    /** An id in the request body that names nothing is an invalid value of that field (422), not a missing page. */
    private static RuntimeException namedInBody(NotFoundException e, String kind, String field, long id) {
        Object[] arguments = e.arguments();
        if (arguments.length > 0 && kind.equals(arguments[0])) {
            return new InvalidValueException(field, "notFound", kind, String.valueOf(id));
        }
        return e;
    }
}
