package org.icsse.governance.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.web.it.Api.JSON;
import static org.icsse.governance.web.it.Api.as;
import static org.icsse.governance.web.it.Api.assertProblem;
import static org.icsse.governance.web.it.Api.fields;
import static org.icsse.governance.web.it.Api.json;
import static org.icsse.governance.web.it.Api.newCode;
import static org.icsse.governance.web.it.Api.suffix;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import groovy.json.JsonOutput;
import io.restassured.response.Response;
import org.icsse.governance.web.it.Api;
import org.icsse.governance.web.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/meetings} as an outside client sees it, against the real WAR on Payara Micro: planning in
 * the meeting's own time zone, the agenda and its freeze, the sitting, attendance and who may check in, the
 * quorum meter at its threshold, proxies and their cap, the minutes up to the comment period, and the
 * problem answers. Every test builds its own body (four networks weighing 1, 2, 3 and 4, quorum 50 % of
 * networks and 50 % of weight, proxy cap 1) and delegates through the API with random names, so tests
 * depend neither on each other nor on their order. Runs on PostgreSQL (tag {@code postgresql}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class MeetingApiIT {

    private static final String USER_PASSWORD = "fresh-account-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- planning

    @Test
    void localTimesAreReadInTheMeetingsZoneAndStoredAsUtcInstants() {
        World world = world();

        Response dakar = plan(world, meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Africa/Dakar"));
        Response lima = plan(world, meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T12:30", "America/Lima"));

        assertThat(dakar.statusCode()).as(dakar.asString()).isEqualTo(201);
        String id = dakar.jsonPath().getString("id");
        assertThat(dakar.header("Location")).endsWith("/api/v1/meetings/" + id);
        assertThat(dakar.jsonPath().getString("start")).isEqualTo("2026-06-01T09:00:00Z");
        assertThat(dakar.jsonPath().getString("end")).isEqualTo("2026-06-01T17:00:00Z");
        assertThat(dakar.jsonPath().getString("timeZone")).isEqualTo("Africa/Dakar");
        assertThat(dakar.jsonPath().getString("status")).isEqualTo("PLANNED");
        assertThat(dakar.jsonPath().getString("bodyId")).isEqualTo(world.bodyId);
        assertThat(dakar.jsonPath().getList("agenda")).isEmpty();
        assertThat(dakar.jsonPath().getList("attendance")).hasSize(4);
        assertThat(dakar.jsonPath().getInt("quorum.electorateCount")).isEqualTo(4);
        assertThat(dakar.jsonPath().getInt("quorum.electorateWeight")).isEqualTo(10);
        assertThat(dakar.jsonPath().getBoolean("quorum.met")).isFalse();
        assertThat(lima.jsonPath().getString("start")).isEqualTo("2026-06-01T14:00:00Z");
        assertThat(lima.jsonPath().getString("end")).isEqualTo("2026-06-01T17:30:00Z");

        Response read = as(world.delegateA).get(dakar.header("Location"));
        Response list = as(world.delegateB).get(url("meetings?bodyId=" + world.bodyId));

        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getString("start")).isEqualTo("2026-06-01T09:00:00Z");
        assertThat(read.jsonPath().getString("venue")).isEqualTo("Maison des syndicats");
        assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
        assertThat(list.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("2");
        assertThat(list.jsonPath().getList("id", String.class)).containsExactlyInAnyOrder(id, lima.jsonPath().getString("id"));
    }

    @Test
    void secretariatChangesTitleAndScheduleInTheMeetingsZone() {
        World world = world();
        String id = planned(world);

        Response changed = as(world.secretariat).contentType(JSON)
                .body(json("title", "Renamed", "start", "2026-07-01T10:00", "end", "2026-07-01T11:00", "timeZone", "America/Lima"))
                .patch(url("meetings/" + id));

        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getString("title")).isEqualTo("Renamed");
        assertThat(changed.jsonPath().getString("start")).isEqualTo("2026-07-01T15:00:00Z");
        assertThat(changed.jsonPath().getString("timeZone")).isEqualTo("America/Lima");
        assertThat(changed.jsonPath().getString("venue")).isEqualTo("Maison des syndicats");
    }

    @Test
    void invalidPlansAre422NamingTheField() {
        World world = world();
        Map<String, Object> noTitle = meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Africa/Dakar");
        noTitle.remove("title");
        Map<String, Object> endBeforeStart = meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T08:00", "Africa/Dakar");
        Map<String, Object> unknownZone = meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Mars/Olympus_Mons");
        Map<String, Object> ftpLink = meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Africa/Dakar");
        ftpLink.put("onlineLink", "ftp://example.org/meeting");
        Map<String, Object> nowhere = meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Africa/Dakar");
        nowhere.remove("venue");

        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("title", noTitle);
        cases.put("end", endBeforeStart);
        cases.put("timeZone", unknownZone);
        cases.put("onlineLink", ftpLink);
        cases.put("venue", nowhere);
        cases.forEach((field, body) -> {
            Response response = plan(world, body);
            assertProblem(field, response, 422);
            assertThat(fields(response)).as(response.asString()).contains(field);
        });
        Response list = as(world.secretariat).get(url("meetings?bodyId=" + world.bodyId));
        assertThat(list.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
    }

    @Test
    void withoutTokenIs401AndDelegatePlanningIs403AndUnknownMeetingIs404() {
        World world = world();
        String body = JsonOutput.toJson(meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Africa/Dakar"));

        Response anonymous = given().contentType(JSON).body(body).post(url("meetings"));
        Response anonymousRead = given().get(url("meetings?bodyId=" + world.bodyId));
        Response delegate = as(world.delegateA).contentType(JSON).body(body).post(url("meetings"));
        Response unknown = as(world.chair).get(url("meetings/987654321"));
        Response notANumber = as(world.chair).get(url("meetings/abc"));
        Response unknownOpening = as(world.chair).post(url("meetings/987654321/opening"));

        assertProblem(anonymous, 401);
        assertProblem(anonymousRead, 401);
        assertProblem(delegate, 403);
        assertProblem(unknown, 404);
        assertProblem(notANumber, 404);
        assertProblem(unknownOpening, 404);
    }

    // ---------------------------------------------------------------- agenda

    @Test
    void admittedMotionGoesOnTheAgendaAndOtherMotionsAre409() {
        World world = world();
        String id = planned(world);
        String admitted = admittedMotion(world, "Social protection floors");
        String submitted = proposedMotion(world, "Not yet seconded");

        Response added = as(world.secretariat).contentType(JSON).body(json("motionId", admitted, "minutes", 20))
                .post(url("meetings/" + id + "/agenda"));
        Response notAdmitted = as(world.secretariat).contentType(JSON).body(json("motionId", submitted))
                .post(url("meetings/" + id + "/agenda"));
        Response twice = as(world.secretariat).contentType(JSON).body(json("motionId", admitted))
                .post(url("meetings/" + id + "/agenda"));
        Response unknownMotion = as(world.secretariat).contentType(JSON).body(json("motionId", "987654321"))
                .post(url("meetings/" + id + "/agenda"));
        Response byDelegate = as(world.delegateA).contentType(JSON).body(json("kind", "REPORT", "title", "Mine"))
                .post(url("meetings/" + id + "/agenda"));

        assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        String itemId = added.jsonPath().getString("agenda[0].id");
        assertThat(added.header("Location")).endsWith("/api/v1/meetings/" + id + "/agenda/" + itemId);
        assertThat(added.jsonPath().getString("agenda[0].kind")).isEqualTo("MOTION");
        assertThat(added.jsonPath().getString("agenda[0].motionId")).isEqualTo(admitted);
        assertThat(added.jsonPath().getString("agenda[0].motionStatus")).isEqualTo("ON_AGENDA");
        assertThat(added.jsonPath().getInt("agenda[0].minutes")).isEqualTo(20);
        assertThat(as(world.delegateA).get(url("motions/" + admitted)).jsonPath().getString("status")).isEqualTo("ON_AGENDA");
        assertThat(as(world.delegateA).get(added.header("Location")).jsonPath().getString("motionId")).isEqualTo(admitted);
        assertProblem(notAdmitted, 409);
        assertThat(as(world.delegateA).get(url("motions/" + submitted)).jsonPath().getString("status")).isEqualTo("SUBMITTED");
        assertProblem(twice, 409);
        assertProblem(unknownMotion, 422);
        assertThat(fields(unknownMotion)).containsExactly("motionId");
        assertProblem(byDelegate, 403);
    }

    @Test
    void agendaIsReorderedOnlyByAPermutationOfItsItems() {
        World world = world();
        String id = planned(world);
        String first = addFreeItem(world, id, "REPORT", "Report of the secretariat");
        String second = addFreeItem(world, id, "DISCUSSION", "Strategy 2027");
        String third = addFreeItem(world, id, "REPORT", "Treasurer's report");

        Response reordered = as(world.secretariat).contentType(JSON).body(json("itemIds", List.of(third, first, second)))
                .put(url("meetings/" + id + "/agenda/order"));
        Response missingOne = as(world.secretariat).contentType(JSON).body(json("itemIds", List.of(third, first)))
                .put(url("meetings/" + id + "/agenda/order"));
        Response duplicate = as(world.secretariat).contentType(JSON).body(json("itemIds", List.of(third, first, first)))
                .put(url("meetings/" + id + "/agenda/order"));
        Response noList = as(world.secretariat).contentType(JSON).body("{}").put(url("meetings/" + id + "/agenda/order"));

        assertThat(reordered.statusCode()).as(reordered.asString()).isEqualTo(200);
        assertThat(reordered.jsonPath().getList("agenda.id", String.class)).containsExactly(third, first, second);
        assertProblem(missingOne, 422);
        assertThat(fields(missingOne)).containsExactly("itemIds");
        assertProblem(duplicate, 422);
        assertProblem(noList, 422);
    }

    @Test
    void freeItemsAreAllottedAndRemovedBeforeTheSitting() {
        World world = world();
        String id = planned(world);
        String first = addFreeItem(world, id, "REPORT", "Report of the secretariat");
        String second = addFreeItem(world, id, "DISCUSSION", "Strategy 2027");

        Response allotted = as(world.secretariat).contentType(JSON).body(json("minutes", 45))
                .patch(url("meetings/" + id + "/agenda/" + second));
        Response tooLong = as(world.secretariat).contentType(JSON).body(json("minutes", 6000))
                .patch(url("meetings/" + id + "/agenda/" + second));
        Response removed = as(world.secretariat).delete(url("meetings/" + id + "/agenda/" + first));
        Response unknownKind = as(world.secretariat).contentType(JSON).body(json("kind", "PARTY", "title", "Fun"))
                .post(url("meetings/" + id + "/agenda"));
        Response noTitle = as(world.secretariat).contentType(JSON).body(json("kind", "REPORT"))
                .post(url("meetings/" + id + "/agenda"));
        Response unknownItem = as(world.secretariat).delete(url("meetings/" + id + "/agenda/987654"));

        assertThat(allotted.statusCode()).as(allotted.asString()).isEqualTo(200);
        assertThat(item(allotted, second).get("minutes")).isEqualTo(45);
        assertProblem(tooLong, 422);
        assertThat(removed.statusCode()).as(removed.asString()).isEqualTo(200);
        assertThat(removed.jsonPath().getList("agenda.id", String.class)).containsExactly(second);
        assertThat(removed.jsonPath().getList("agenda.title", String.class)).containsExactly("Strategy 2027");
        assertProblem(unknownKind, 422);
        assertThat(fields(unknownKind)).containsExactly("kind");
        assertProblem(noTitle, 422);
        assertThat(fields(noTitle)).contains("title");
        assertProblem(unknownItem, 404);
    }

    /**
     * Disabled until the core bug is fixed: {@code Meeting.reorder} answers the new order but EclipseLink stores
     * it with {@code UPDATE meeting_agenda_item SET position = ? WHERE ... AND motion_id = ? AND allotted_minutes = ?},
     * binding {@code NULL} with {@code =}, which matches no row (free items have no motion, most items no
     * allotment); the next read returns the old order.
     */
    @Test
    void reorderedAgendaIsStoredInItsNewOrder() {
        World world = world();
        String id = planned(world);
        String first = addFreeItem(world, id, "REPORT", "Report of the secretariat");
        String second = addFreeItem(world, id, "DISCUSSION", "Strategy 2027");

        Response reordered = as(world.secretariat).contentType(JSON).body(json("itemIds", List.of(second, first)))
                .put(url("meetings/" + id + "/agenda/order"));
        Response read = as(world.delegateA).get(url("meetings/" + id));

        assertThat(reordered.statusCode()).as(reordered.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getList("agenda.id", String.class)).containsExactly(second, first);
    }

    @Test
    void agendaIsFrozenOnceTheSittingOpensAndTheWorkflowRefusesOutOfOrderSteps() {
        World world = world();
        String id = planned(world);
        String item = addFreeItem(world, id, "REPORT", "Opening report");

        Response resumeBeforeOpening = as(world.chair).post(url("meetings/" + id + "/resumption"));
        Response notInSession = as(world.chair).contentType(JSON).body(json("itemId", item)).post(url("meetings/" + id + "/current-item"));
        Response opened = as(world.chair).post(url("meetings/" + id + "/opening"));
        Response lateItem = as(world.secretariat).contentType(JSON).body(json("kind", "REPORT", "title", "Late"))
                .post(url("meetings/" + id + "/agenda"));
        Response lateOrder = as(world.secretariat).contentType(JSON).body(json("itemIds", List.of(item)))
                .put(url("meetings/" + id + "/agenda/order"));
        Response lateRemoval = as(world.secretariat).delete(url("meetings/" + id + "/agenda/" + item));
        Response current = as(world.chair).contentType(JSON).body(json("itemId", item)).post(url("meetings/" + id + "/current-item"));
        Response openedTwice = as(world.chair).post(url("meetings/" + id + "/opening"));
        Response closedInSession = as(world.chair).post(url("meetings/" + id + "/closure"));
        Response delegateAdjourns = as(world.delegateA).post(url("meetings/" + id + "/adjournment"));
        Response adjourned = as(world.chair).post(url("meetings/" + id + "/adjournment"));
        Response resumed = as(world.chair).post(url("meetings/" + id + "/resumption"));
        as(world.chair).post(url("meetings/" + id + "/adjournment"));
        Response closed = as(world.chair).post(url("meetings/" + id + "/closure"));
        Response closedTwice = as(world.chair).post(url("meetings/" + id + "/closure"));

        assertProblem(resumeBeforeOpening, 409);
        assertProblem(notInSession, 409);
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(200);
        assertThat(opened.jsonPath().getString("status")).isEqualTo("IN_SESSION");
        assertProblem(lateItem, 409);
        assertProblem(lateOrder, 409);
        assertProblem(lateRemoval, 409);
        assertThat(current.statusCode()).as(current.asString()).isEqualTo(200);
        assertThat(current.jsonPath().getBoolean("agenda[0].current")).isTrue();
        assertProblem(openedTwice, 409);
        assertProblem(closedInSession, 409);
        assertProblem(delegateAdjourns, 403);
        assertThat(adjourned.jsonPath().getString("status")).isEqualTo("ADJOURNED");
        assertThat(resumed.jsonPath().getString("status")).isEqualTo("IN_SESSION");
        assertThat(closed.statusCode()).as(closed.asString()).isEqualTo(200);
        assertThat(closed.jsonPath().getString("status")).isEqualTo("CLOSED");
        assertProblem(closedTwice, 409);
    }

    // ---------------------------------------------------------------- attendance and quorum

    @Test
    void delegateChecksInOwnNetworkOnlyAndTheChairAnyNetwork() {
        World world = world();
        String id = planned(world);

        Response beforeOpening = as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkA));
        open(world, id);
        Response own = as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkA));
        Response other = as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkB));
        Response twice = as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkA));
        Response byChair = as(world.chair).put(url("meetings/" + id + "/attendance/" + world.networkC));
        Response outsider = as(world.chair).put(url("meetings/" + id + "/attendance/" + world.outsideNetwork));
        Response checkedOut = as(world.delegateA).delete(url("meetings/" + id + "/attendance/" + world.networkA));
        Response notPresent = as(world.chair).delete(url("meetings/" + id + "/attendance/" + world.networkB));

        assertProblem(beforeOpening, 409);
        assertThat(own.statusCode()).as(own.asString()).isEqualTo(200);
        assertThat(attendance(own, world.networkA).get("inPerson")).isEqualTo(true);
        assertProblem(other, 403);
        assertProblem(twice, 409);
        assertThat(byChair.statusCode()).as(byChair.asString()).isEqualTo(200);
        assertThat(attendance(byChair, world.networkC).get("present")).isEqualTo(true);
        assertProblem(outsider, 409);
        assertThat(checkedOut.statusCode()).as(checkedOut.asString()).isEqualTo(200);
        assertThat(attendance(checkedOut, world.networkA).get("present")).isEqualTo(false);
        assertProblem(notPresent, 409);
    }

    @Test
    void quorumIsMetExactlyAtTheThresholdOfBothParts() {
        World world = world();
        String id = planned(world);
        open(world, id);

        Response none = as(world.delegateA).get(url("meetings/" + id + "/quorum"));
        as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkA));
        as(world.delegateB).put(url("meetings/" + id + "/attendance/" + world.networkB));
        Response enoughNetworksTooLittleWeight = as(world.delegateA).get(url("meetings/" + id + "/quorum"));
        as(world.delegateB).delete(url("meetings/" + id + "/attendance/" + world.networkB));
        Response atThreshold = as(world.delegateD).put(url("meetings/" + id + "/attendance/" + world.networkD));

        assertThat(none.statusCode()).as(none.asString()).isEqualTo(200);
        assertThat(none.jsonPath().getInt("presentCount")).isZero();
        assertThat(none.jsonPath().getInt("electorateCount")).isEqualTo(4);
        assertThat(none.jsonPath().getInt("electorateWeight")).isEqualTo(10);
        assertThat(none.jsonPath().getInt("networksNeeded")).isEqualTo(2);
        assertThat(none.jsonPath().getInt("weightNeeded")).isEqualTo(5);
        assertThat(none.jsonPath().getBoolean("met")).isFalse();
        assertThat(enoughNetworksTooLittleWeight.jsonPath().getInt("presentCount")).isEqualTo(2);
        assertThat(enoughNetworksTooLittleWeight.jsonPath().getInt("presentWeight")).isEqualTo(3);
        assertThat(enoughNetworksTooLittleWeight.jsonPath().getBoolean("met")).isFalse();
        assertThat(atThreshold.statusCode()).as(atThreshold.asString()).isEqualTo(200);
        assertThat(atThreshold.jsonPath().getInt("quorum.presentCount")).isEqualTo(2);
        assertThat(atThreshold.jsonPath().getInt("quorum.presentWeight")).isEqualTo(5);
        assertThat(atThreshold.jsonPath().getBoolean("quorum.met")).isTrue();
    }

    // ---------------------------------------------------------------- proxies

    @Test
    void networkWhoseProxyHolderIsPresentCountsAsPresentAndTheCapIsKept() {
        World world = world();
        String id = planned(world);

        Response given = as(world.delegateA).contentType(JSON).body(json("holderNetworkId", world.networkD))
                .put(url("meetings/" + id + "/proxy"));
        Response overCap = as(world.delegateB).contentType(JSON).body(json("holderNetworkId", world.networkD))
                .put(url("meetings/" + id + "/proxy"));
        Response toSelf = as(world.delegateB).contentType(JSON).body(json("holderNetworkId", world.networkB))
                .put(url("meetings/" + id + "/proxy"));
        Response byChair = as(world.chair).contentType(JSON).body(json("holderNetworkId", world.networkD))
                .put(url("meetings/" + id + "/proxy"));
        Response noHolder = as(world.delegateC).contentType(JSON).body("{}").put(url("meetings/" + id + "/proxy"));
        open(world, id);
        Response holderPresent = as(world.delegateD).put(url("meetings/" + id + "/attendance/" + world.networkD));

        assertThat(given.statusCode()).as(given.asString()).isEqualTo(200);
        assertThat(given.jsonPath().getString("proxies[0].giver.id")).isEqualTo(world.networkA);
        assertThat(given.jsonPath().getString("proxies[0].holder.id")).isEqualTo(world.networkD);
        assertThat(given.jsonPath().getBoolean("proxies[0].active")).isTrue();
        assertProblem(overCap, 409);
        assertProblem(toSelf, 422);
        assertProblem(byChair, 403);
        assertProblem(noHolder, 422);
        assertThat(fields(noHolder)).containsExactly("holderNetworkId");
        assertThat(holderPresent.statusCode()).as(holderPresent.asString()).isEqualTo(200);
        Map<String, Object> giver = attendance(holderPresent, world.networkA);
        assertThat(giver.get("present")).isEqualTo(true);
        assertThat(giver.get("inPerson")).isEqualTo(false);
        assertThat(((Map<?, ?>) giver.get("byProxyOf")).get("id")).isEqualTo(world.networkD);
        assertThat(holderPresent.jsonPath().getInt("quorum.presentCount")).isEqualTo(2);
        assertThat(holderPresent.jsonPath().getInt("quorum.presentWeight")).isEqualTo(5);
        assertThat(holderPresent.jsonPath().getBoolean("quorum.met")).isTrue();

        Response revoked = as(world.delegateA).delete(url("meetings/" + id + "/proxy"));
        Response revokedTwice = as(world.delegateA).delete(url("meetings/" + id + "/proxy"));

        assertThat(revoked.statusCode()).as(revoked.asString()).isEqualTo(200);
        assertThat(revoked.jsonPath().getBoolean("proxies[0].active")).isFalse();
        assertThat(revoked.jsonPath().getString("proxies[0].revokedAt")).isNotBlank();
        assertThat(attendance(revoked, world.networkA).get("present")).isEqualTo(false);
        assertThat(revoked.jsonPath().getBoolean("quorum.met")).isFalse();
        assertProblem(revokedTwice, 409);
    }

    // ---------------------------------------------------------------- minutes

    @Test
    void theCalendarFileAndTheMinutesPdfCarryTheMeetingsData() throws Exception {
        World world = world();
        String id = planned(world);
        String item = addFreeItem(world, id, "REPORT", "Rapport du secrétariat");
        open(world, id);
        as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkA));
        as(world.secretariat).post(url("meetings/" + id + "/minutes"));
        as(world.secretariat).contentType(JSON).body(json("html", "<p>Le rapport est <strong>adopté</strong>.</p>"))
                .put(url("meetings/" + id + "/minutes/sections/" + item));
        as(world.secretariat).post(url("meetings/" + id + "/minutes/circulation"));

        Response ics = as(world.delegateB).get(url("meetings/" + id + "/calendar"));
        Response pdf = as(world.delegateB).header("Accept-Language", "fr").get(url("meetings/" + id + "/minutes/pdf"));
        Response unknown = as(world.delegateB).get(url("meetings/999999999/calendar"));

        assertThat(ics.statusCode()).as(ics.asString()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.ByteArrayInputStream(ics.asByteArray()));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        java.util.function.Function<String, String> property = name -> events.get(0).getProperty(name)
                .map(net.fortuna.ical4j.model.Property::getValue).orElseThrow();
        assertThat(property.apply("SUMMARY")).endsWith(": General assembly");
        assertThat(property.apply("LOCATION")).isEqualTo("Maison des syndicats");
        assertThat(property.apply("DTSTART")).isEqualTo("20260601T090000Z");
        assertThat(property.apply("URL")).endsWith("/meetings/meeting.xhtml?id=" + id);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.asByteArray())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("General assembly", "Maison des syndicats", "Rapport du secrétariat",
                "Le rapport est adopté", "Procès-verbal", "1 juin 2026", "Lieu : Maison des syndicats");
        assertProblem(unknown, 404);
    }

    @Test
    void minutesAreDraftedOnceTheMeetingSatWrittenSafelyCirculatedAndCommented() {
        World world = world();
        String id = planned(world);
        String item = addFreeItem(world, id, "REPORT", "Report of the secretariat");

        Response tooEarly = as(world.secretariat).post(url("meetings/" + id + "/minutes"));
        Response noneYet = as(world.delegateA).get(url("meetings/" + id + "/minutes"));
        open(world, id);
        as(world.delegateA).put(url("meetings/" + id + "/attendance/" + world.networkA));
        Response byDelegate = as(world.delegateA).post(url("meetings/" + id + "/minutes"));
        Response drafted = as(world.secretariat).post(url("meetings/" + id + "/minutes"));
        Response written = as(world.secretariat).contentType(JSON)
                .body(json("html", "<p>The report was <strong>received</strong>.</p><script>alert('x')</script>"))
                .put(url("meetings/" + id + "/minutes/sections/" + item));
        Response commentOnDraft = as(world.delegateB).contentType(JSON).body(json("text", "Early", "objection", false))
                .post(url("meetings/" + id + "/minutes/comments"));
        Response circulated = as(world.secretariat).post(url("meetings/" + id + "/minutes/circulation"));
        Response writeCirculated = as(world.secretariat).contentType(JSON).body(json("html", "<p>Changed</p>"))
                .put(url("meetings/" + id + "/minutes/sections/" + item));
        Response commented = as(world.delegateB).contentType(JSON).body(json("text", "Please add our remark.", "objection", false))
                .post(url("meetings/" + id + "/minutes/comments"));
        Response outsiderComment = as(world.outsider).contentType(JSON).body(json("text", "Not ours", "objection", true))
                .post(url("meetings/" + id + "/minutes/comments"));
        Response earlyApproval = as(world.secretariat).post(url("meetings/" + id + "/minutes/approval"));
        Response read = as(world.delegateC).get(url("meetings/" + id + "/minutes"));

        assertProblem(tooEarly, 409);
        assertProblem(noneYet, 404);
        assertProblem(byDelegate, 403);
        assertThat(drafted.statusCode()).as(drafted.asString()).isEqualTo(201);
        assertThat(drafted.header("Location")).endsWith("/api/v1/meetings/" + id + "/minutes");
        assertThat(drafted.jsonPath().getString("status")).isEqualTo("DRAFT");
        assertThat(drafted.jsonPath().getList("sections.itemId", String.class)).containsExactly(item);
        assertThat(drafted.jsonPath().getString("sections[0].heading")).isEqualTo("Report of the secretariat");
        assertThat(drafted.jsonPath().getList("attendance.network.id", String.class)).contains(world.networkA);
        assertThat(written.statusCode()).as(written.asString()).isEqualTo(200);
        String html = written.jsonPath().getString("sections[0].html");
        assertThat(html).contains("<strong>received</strong>").doesNotContainIgnoringCase("<script").doesNotContain("alert");
        assertProblem(commentOnDraft, 409);
        assertThat(circulated.statusCode()).as(circulated.asString()).isEqualTo(200);
        assertThat(circulated.jsonPath().getString("status")).isEqualTo("CIRCULATED");
        assertThat(circulated.jsonPath().getString("circulatedAt")).isNotBlank();
        assertThat(circulated.jsonPath().getString("commentPeriodEnd")).isNotBlank();
        assertProblem(writeCirculated, 409);
        assertThat(commented.statusCode()).as(commented.asString()).isEqualTo(201);
        assertThat(commented.jsonPath().getString("comments[0].network.id")).isEqualTo(world.networkB);
        assertThat(commented.jsonPath().getString("comments[0].text")).isEqualTo("Please add our remark.");
        assertThat(commented.jsonPath().getBoolean("comments[0].objection")).isFalse();
        assertProblem(outsiderComment, 403);
        assertProblem(earlyApproval, 409);
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getString("status")).isEqualTo("CIRCULATED");
        assertThat(read.jsonPath().getList("comments")).hasSize(1);
        assertThat(read.jsonPath().getString("sections[0].html")).doesNotContainIgnoringCase("<script");
    }

    // ---------------------------------------------------------------- the world of one test

    /**
     * A fresh body of four member networks A, B, C, D weighing 1, 2, 3 and 4 (quorum: 50 % of networks and
     * 50 % of weight, so 2 networks and weight 5; proxy cap 1), one network outside it, a delegate for each,
     * and the demo chair and secretariat: what one test needs, shared with no other.
     */
    private record World(String bodyId, String networkA, String networkB, String networkC, String networkD,
            String outsideNetwork, String delegateA, String delegateB, String delegateC, String delegateD, String outsider,
            String chair, String secretariat) {
    }

    private World world() {
        String secretariat = token("secretariat", Deployments.DEMO_PASSWORD);
        String a = newNetwork(secretariat, 1);
        String b = newNetwork(secretariat, 2);
        String c = newNetwork(secretariat, 3);
        String d = newNetwork(secretariat, 4);
        String outside = newNetwork(secretariat, 1);
        String code = newCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Assembly " + code);
        body.put("code", code);
        body.put("networkIds", List.of(a, b, c, d));
        body.put("quorum", Map.of("networksPercent", 50, "weightPercent", 50));
        body.put("majority", "SIMPLE");
        body.put("secondsRequired", 1);
        body.put("proxyCap", 1);
        Response created = as(secretariat).contentType(JSON).body(JsonOutput.toJson(body)).post(url("bodies"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return new World(created.jsonPath().getString("id"), a, b, c, d, outside, delegate(secretariat, a),
                delegate(secretariat, b), delegate(secretariat, c), delegate(secretariat, d), delegate(secretariat, outside),
                token("chair", Deployments.DEMO_PASSWORD), secretariat);
    }

    private static Map<String, Object> meeting(String bodyId, String start, String end, String zone) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("bodyId", bodyId);
        meeting.put("title", "General assembly");
        meeting.put("start", start);
        meeting.put("end", end);
        meeting.put("timeZone", zone);
        meeting.put("venue", "Maison des syndicats");
        return meeting;
    }

    private Response plan(World world, Map<String, Object> meeting) {
        return as(world.secretariat).contentType(JSON).body(JsonOutput.toJson(meeting)).post(url("meetings"));
    }

    /** A planned meeting of the world's body; its id. */
    private String planned(World world) {
        Response response = plan(world, meeting(world.bodyId, "2026-06-01T09:00", "2026-06-01T17:00", "Africa/Dakar"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    private void open(World world, String meetingId) {
        Response opened = as(world.chair).post(url("meetings/" + meetingId + "/opening"));
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(200);
    }

    /** Adds a free item at the end of the agenda; its id. */
    private String addFreeItem(World world, String meetingId, String kind, String title) {
        Response added = as(world.secretariat).contentType(JSON).body(json("kind", kind, "title", title))
                .post(url("meetings/" + meetingId + "/agenda"));
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        List<String> ids = added.jsonPath().getList("agenda.id", String.class);
        return ids.get(ids.size() - 1);
    }

    /** A motion of network A, submitted; its id. */
    private String proposedMotion(World world, String title) {
        Response response = as(world.delegateA).contentType(JSON)
                .body(json("bodyId", world.bodyId, "title", title, "text", "The assembly resolves to act this year.",
                        "rationale", "Because it matters.", "language", "EN"))
                .post(url("motions"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    /** A motion of network A, seconded by B and admitted by the chair; its id. */
    private String admittedMotion(World world, String title) {
        String id = proposedMotion(world, title);
        Response seconded = as(world.delegateB).post(url("motions/" + id + "/seconds"));
        assertThat(seconded.statusCode()).as(seconded.asString()).isEqualTo(201);
        Response admitted = as(world.chair).post(url("motions/" + id + "/admission"));
        assertThat(admitted.statusCode()).as(admitted.asString()).isEqualTo(200);
        return id;
    }

    /** The agenda item with that id in a meeting answer. */
    private static Map<String, Object> item(Response meeting, String itemId) {
        List<Map<String, Object>> rows = meeting.jsonPath().getList("agenda");
        return rows.stream().filter(r -> itemId.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no agenda item " + itemId + " in " + meeting.asString()));
    }

    /** The attendance row of one network in a meeting answer. */
    private static Map<String, Object> attendance(Response meeting, String networkId) {
        List<Map<String, Object>> rows = meeting.jsonPath().getList("attendance");
        return rows.stream().filter(r -> networkId.equals(((Map<?, ?>) r.get("network")).get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no attendance of " + networkId + " in " + meeting.asString()));
    }

    // ---------------------------------------------------------------- helpers

    private String url(String path) {
        return Api.url(base, path);
    }

    private String token(String username, String password) {
        return Api.token(base, username, password);
    }

    private String newNetwork(String secretariat, int weight) {
        String acronym = "G" + suffix();
        Response response = as(secretariat).contentType(JSON)
                .body(json("name", "Network " + acronym, "acronym", acronym, "region", "AFRICA", "category", "MEMBER_BASED",
                        "weight", weight))
                .post(url("networks"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    /** A fresh delegate of the network, signed in; their token. */
    private String delegate(String secretariat, String networkId) {
        String username = "meeting.delegate." + suffix().toLowerCase(Locale.ROOT);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("password", USER_PASSWORD);
        user.put("displayName", "Delegate " + username);
        user.put("email", username + "@example.org");
        user.put("language", "EN");
        user.put("roles", List.of("DELEGATE"));
        user.put("networkId", networkId);
        Response response = as(secretariat).contentType(JSON).body(JsonOutput.toJson(user)).post(url("users"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return token(username, USER_PASSWORD);
    }
}
