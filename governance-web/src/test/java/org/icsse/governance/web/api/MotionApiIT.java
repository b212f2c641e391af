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
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code /api/v1/motions} as an outside client sees it, against the real WAR on Payara Micro: the
 * workflow from proposal to admission, who may do what, the problem answers, numbering, amendments,
 * translations, comparison and the safety of rendered texts. Every test builds its own body, networks
 * and delegates through the API with random names, so tests depend neither on each other nor on their
 * order. Runs on PostgreSQL (tag {@code postgresql}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class MotionApiIT {

    private static final String USER_PASSWORD = "fresh-account-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- proposing and numbering

    @Test
    void proposedMotionIsSubmittedWithANumberOfItsBodyAndALocation() {
        World world = world(1);

        Response created = propose(world.proposer, world.bodyId, "Decent work in the social economy");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        String id = created.jsonPath().getString("id");
        assertThat(created.asString()).contains("\"id\":\"" + id + "\"");
        assertThat(created.header("Location")).endsWith("/api/v1/motions/" + id);
        assertThat(created.jsonPath().getString("status")).isEqualTo("SUBMITTED");
        assertThat(created.jsonPath().getString("number")).isEqualTo(world.code + "-" + year() + "-001");
        assertThat(created.jsonPath().getString("proposer.id")).isEqualTo(world.proposerNetwork);
        assertThat(created.jsonPath().getString("proposer.acronym")).isNotBlank();
        assertThat(created.jsonPath().getString("proposer.name")).isNotBlank();
        assertThat(created.jsonPath().getInt("secondsRequired")).isEqualTo(1);
        assertThat(created.jsonPath().getString("bodyId")).isEqualTo(world.bodyId);
        assertThat(created.jsonPath().getList("versions")).hasSize(1);
        assertThat(created.jsonPath().getList("seconds")).isEmpty();
        assertThat(Instant.parse(created.jsonPath().getString("submittedAt"))).isBeforeOrEqualTo(Instant.now().plusSeconds(60));
        Response read = as(world.seconder).get(created.header("Location"));
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getString("title")).isEqualTo("Decent work in the social economy");
    }

    @Test
    void motionsOfOneBodyAreNumberedConsecutively() {
        World world = world(1);

        String first = propose(world.proposer, world.bodyId, "First").jsonPath().getString("number");
        String second = propose(world.seconder, world.bodyId, "Second").jsonPath().getString("number");
        String third = propose(world.proposer, world.bodyId, "Third").jsonPath().getString("number");

        assertThat(List.of(first, second, third)).allMatch(n -> n.matches(world.code + "-\\d{4}-\\d{3}"));
        assertThat(List.of(first, second, third))
                .containsExactly(world.code + "-" + year() + "-001", world.code + "-" + year() + "-002", world.code + "-" + year() + "-003");
    }

    @Test
    void secretariatProposesForTheNetworkItNames() {
        World world = world(1);

        Response named = as(world.secretariat).contentType(JSON)
                .body(motionJson(world.bodyId, "On behalf of a network", "proposerNetworkId", world.seconderNetwork))
                .post(url("motions"));
        Response unnamed = as(world.secretariat).contentType(JSON).body(motionJson(world.bodyId, "For nobody")).post(url("motions"));

        assertThat(named.statusCode()).as(named.asString()).isEqualTo(201);
        assertThat(named.jsonPath().getString("proposer.id")).isEqualTo(world.seconderNetwork);
        assertProblem(unnamed, 422);
        assertThat(fields(unnamed)).containsExactly("proposerNetworkId");
    }

    @Test
    void delegateNamingAnotherNetworkAsProposerIs403() {
        World world = world(1);

        Response response = as(world.proposer).contentType(JSON)
                .body(motionJson(world.bodyId, "For someone else", "proposerNetworkId", world.seconderNetwork))
                .post(url("motions"));

        assertProblem(response, 403);
    }

    @Test
    void chairMayNotProposeAndNobodyWithoutATokenMay() {
        World world = world(1);

        assertProblem(as(world.chair).contentType(JSON).body(motionJson(world.bodyId, "Chair's own")).post(url("motions")), 403);
        assertProblem(given().contentType(JSON).body(motionJson(world.bodyId, "Anonymous")).post(url("motions")), 401);
    }

    @Test
    void invalidMotionIs422NamingEachBadField() {
        World world = world(1);
        Map<String, Object> noTitle = motion(world.bodyId, null);
        Map<String, Object> badLanguage = motion(world.bodyId, "Bad language");
        badLanguage.put("language", "KLINGON");
        Map<String, Object> tooLong = motion(world.bodyId, "Too long");
        tooLong.put("text", "a".repeat(100_001));
        Map<String, Object> unknownBody = motion("999999999", "Nowhere");
        Map<String, Object> twoMistakes = motion(world.bodyId, null);
        twoMistakes.put("language", "KLINGON");

        Response missingTitle = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(noTitle)).post(url("motions"));
        Response wrongLanguage = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(badLanguage)).post(url("motions"));
        Response overlong = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(tooLong)).post(url("motions"));
        Response nowhere = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(unknownBody)).post(url("motions"));
        Response both = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(twoMistakes)).post(url("motions"));

        assertProblem(missingTitle, 422);
        assertThat(fields(missingTitle)).contains("title");
        assertProblem(wrongLanguage, 422);
        assertThat(fields(wrongLanguage)).containsExactly("language");
        assertProblem(overlong, 422);
        assertThat(fields(overlong)).contains("text");
        assertProblem(nowhere, 422);
        assertThat(fields(nowhere)).containsExactly("bodyId");
        assertProblem(both, 422);
        assertThat(fields(both)).containsExactlyInAnyOrder("language", "title");
        Response list = as(world.proposer).get(url("motions?bodyId=" + world.bodyId));
        assertThat(list.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
    }

    @Test
    void malformedJsonOrWrongTypesAre400() {
        World world = world(1);
        String motion = propose(world.proposer, world.bodyId, "Typed").jsonPath().getString("id");

        Response broken = as(world.proposer).contentType(JSON).body("{\"title\": \"unfinished").post(url("motions"));
        Response wrongType = as(world.proposer).contentType(JSON).body("{\"title\": [1, 2]}").patch(url("motions/" + motion));
        Response noBody = as(world.proposer).contentType(JSON).post(url("motions"));

        assertProblem(broken, 400);
        assertProblem(wrongType, 400);
        assertProblem(noBody, 400);
    }

    @Test
    void hostileTextComesBackAsTypedAndItsHtmlCarriesNoMarkupThatRuns() {
        World world = world(1);
        String hostile = "Before <img src=x onerror=alert(1)> and <script>alert(1)</script>\n\n**bold** [x](javascript:alert(1))";
        Map<String, Object> body = motion(world.bodyId, "Hostile");
        body.put("text", hostile);

        Response created = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(body)).post(url("motions"));

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        Response read = as(world.seconder).get(created.header("Location"));
        assertThat(read.jsonPath().getString("text")).isEqualTo(hostile);
        String html = read.jsonPath().getString("html");
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
        assertThat(lower).as("no onerror inside a tag").doesNotContainPattern("<[^>]*onerror");
        assertThat(html).contains("<strong>bold</strong>").contains("&lt;img");
        assertThat(read.jsonPath().getString("shown.html").toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("<[^>]*onerror");
    }

    // ---------------------------------------------------------------- drafts

    @Test
    void draftHasNoNumberIsSeenByItsNetworkOnlyAndGetsItsNumberOnSubmission() {
        World world = world(1);
        Map<String, Object> body = motion(world.bodyId, "Still a draft");
        body.put("draft", true);

        Response draft = as(world.proposer).contentType(JSON).body(JsonOutput.toJson(body)).post(url("motions"));

        assertThat(draft.statusCode()).as(draft.asString()).isEqualTo(201);
        assertThat(draft.jsonPath().getString("status")).isEqualTo("DRAFT");
        assertThat(draft.jsonPath().getString("number")).isNull();
        String id = draft.jsonPath().getString("id");
        assertThat(as(world.proposer).get(url("motions/" + id)).statusCode()).isEqualTo(200);
        assertProblem(as(world.seconder).get(url("motions/" + id)), 404);
        assertProblem(as(world.secretariat).get(url("motions/" + id)), 404);
        assertProblem(as(world.seconder).post(url("motions/" + id + "/seconds")), 404);
        assertThat(as(world.seconder).get(url("motions?bodyId=" + world.bodyId)).header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
        assertProblem(as(world.seconder).post(url("motions/" + id + "/submission")), 404);

        Response submitted = as(world.proposer).post(url("motions/" + id + "/submission"));

        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(200);
        assertThat(submitted.jsonPath().getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.jsonPath().getString("number")).isEqualTo(world.code + "-" + year() + "-001");
        assertThat(as(world.seconder).get(url("motions/" + id)).statusCode()).isEqualTo(200);
        assertProblem(as(world.proposer).post(url("motions/" + id + "/submission")), 409);
    }

    @Test
    void unknownMotionIs404Everywhere() {
        World world = world(1);

        assertProblem(as(world.proposer).get(url("motions/987654321")), 404);
        assertProblem(as(world.proposer).get(url("motions/not-a-number")), 404);
        assertProblem(as(world.seconder).post(url("motions/987654321/seconds")), 404);
        assertProblem(as(world.chair).post(url("motions/987654321/admission")), 404);
        assertProblem(as(world.proposer).post(url("motions/987654321/withdrawal")), 404);
        assertProblem(as(world.seconder).contentType(JSON).body(json("title", "A", "text", "B")).post(url("motions/987654321/amendments")), 404);
        assertProblem(as(world.proposer).get(url("motions/987654321/history")), 404);
        assertProblem(as(world.proposer).get(url("motions/987654321/comparison?from=1&to=1")), 404);
    }

    @Test
    void everyEndpointWithoutATokenIs401() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Guarded").jsonPath().getString("id");
        String motion = url("motions/" + id);

        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("list", given().get(url("motions")));
        answers.put("awaiting", given().get(url("motions/awaiting-second")));
        answers.put("get", given().get(motion));
        answers.put("patch", given().contentType(JSON).body(json("title", "x")).patch(motion));
        answers.put("submission", given().post(motion + "/submission"));
        answers.put("seconds", given().post(motion + "/seconds"));
        answers.put("amendments", given().contentType(JSON).body(json("title", "x", "text", "y")).post(motion + "/amendments"));
        answers.put("admission", given().post(motion + "/admission"));
        answers.put("postponement", given().post(motion + "/postponement"));
        answers.put("withdrawal", given().post(motion + "/withdrawal"));
        answers.put("translation", given().contentType(JSON).body(json("title", "x", "text", "y")).put(motion + "/translations/FR"));
        answers.put("approval", given().post(motion + "/translations/FR/approval"));
        answers.put("comparison", given().get(motion + "/comparison?from=1&to=1"));
        answers.put("history", given().get(motion + "/history"));

        answers.forEach((endpoint, answer) -> assertProblem(endpoint, answer, 401));
    }

    // ---------------------------------------------------------------- seconds and admission

    @Test
    void memberNetworkSecondsOnceAndTheProposerNever() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "To be seconded").jsonPath().getString("id");

        Response seconded = as(world.seconder).post(url("motions/" + id + "/seconds"));
        Response twice = as(world.seconder).post(url("motions/" + id + "/seconds"));
        Response own = as(world.proposer).post(url("motions/" + id + "/seconds"));

        assertThat(seconded.statusCode()).as(seconded.asString()).isEqualTo(201);
        assertThat(seconded.jsonPath().getList("seconds.network.id", String.class)).containsExactly(world.seconderNetwork);
        assertProblem(twice, 409);
        assertProblem(own, 409);
        assertThat(as(world.chair).get(url("motions/" + id)).jsonPath().getList("seconds")).hasSize(1);
    }

    @Test
    void delegateOfANetworkOutsideTheBodyMayNotSecond() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Members only").jsonPath().getString("id");

        assertProblem(as(world.outsider).post(url("motions/" + id + "/seconds")), 403);
        assertProblem(as(world.chair).post(url("motions/" + id + "/seconds")), 403);
    }

    @Test
    void admissionWaitsForTheSecondsTheBodyRequires() {
        World world = world(2);
        String id = propose(world.proposer, world.bodyId, "Needs two").jsonPath().getString("id");
        as(world.seconder).post(url("motions/" + id + "/seconds"));

        Response early = as(world.chair).post(url("motions/" + id + "/admission"));
        as(world.third).post(url("motions/" + id + "/seconds"));
        Response admitted = as(world.chair).post(url("motions/" + id + "/admission"));

        assertProblem(early, 409);
        assertThat(fields(early)).containsExactly("seconds");
        assertThat(admitted.statusCode()).as(admitted.asString()).isEqualTo(200);
        assertThat(admitted.jsonPath().getString("status")).isEqualTo("ADMITTED");
        assertThat(admitted.jsonPath().getInt("secondsRequired")).isEqualTo(2);
        assertProblem(as(world.chair).post(url("motions/" + id + "/admission")), 409);
    }

    @Test
    void delegateMayNotAdmitNorPostpone() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Not theirs to admit").jsonPath().getString("id");
        as(world.seconder).post(url("motions/" + id + "/seconds"));

        assertProblem(as(world.proposer).post(url("motions/" + id + "/admission")), 403);
        assertProblem(as(world.seconder).post(url("motions/" + id + "/postponement")), 403);
        Response bySecretariat = as(world.secretariat).post(url("motions/" + id + "/admission"));
        assertThat(bySecretariat.statusCode()).as(bySecretariat.asString()).isEqualTo(200);
    }

    @Test
    void postponedMotionComesBackByAdmissionOnly() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Later").jsonPath().getString("id");
        as(world.seconder).post(url("motions/" + id + "/seconds"));

        Response postponed = as(world.chair).post(url("motions/" + id + "/postponement"));
        Response again = as(world.chair).post(url("motions/" + id + "/postponement"));
        Response readmitted = as(world.chair).post(url("motions/" + id + "/admission"));

        assertThat(postponed.statusCode()).as(postponed.asString()).isEqualTo(200);
        assertThat(postponed.jsonPath().getString("status")).isEqualTo("POSTPONED");
        assertProblem(again, 409);
        assertThat(readmitted.jsonPath().getString("status")).isEqualTo("ADMITTED");
    }

    // ---------------------------------------------------------------- withdrawal

    @Test
    void proposerWithdrawsAndAWithdrawnMotionCannotBeAdmitted() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Taken back").jsonPath().getString("id");
        as(world.seconder).post(url("motions/" + id + "/seconds"));

        Response withdrawn = as(world.proposer).post(url("motions/" + id + "/withdrawal"));
        Response admitted = as(world.chair).post(url("motions/" + id + "/admission"));

        assertThat(withdrawn.statusCode()).as(withdrawn.asString()).isEqualTo(200);
        assertThat(withdrawn.jsonPath().getString("status")).isEqualTo("WITHDRAWN");
        assertProblem(admitted, 409);
        assertThat(fields(admitted)).containsExactly("status");
        assertProblem(as(world.proposer).post(url("motions/" + id + "/withdrawal")), 409);
    }

    @Test
    void onlyTheProposingNetworkWithdraws() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Mine to withdraw").jsonPath().getString("id");

        assertProblem(as(world.seconder).post(url("motions/" + id + "/withdrawal")), 403);
        assertProblem(as(world.secretariat).post(url("motions/" + id + "/withdrawal")), 403);
        assertThat(as(world.chair).get(url("motions/" + id)).jsonPath().getString("status")).isEqualTo("SUBMITTED");
    }

    // ---------------------------------------------------------------- editing, versions, comparison, history

    @Test
    void editMakesANewVersionAndTheComparisonMarksTheChangedWords() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Versioned").jsonPath().getString("id");

        Response edited = as(world.proposer).contentType(JSON)
                .body(json("text", "The assembly resolves to act **next** year.")).patch(url("motions/" + id));
        Response comparison = as(world.seconder).get(url("motions/" + id + "/comparison?from=1&to=2"));

        assertThat(edited.statusCode()).as(edited.asString()).isEqualTo(200);
        assertThat(edited.jsonPath().getList("versions")).hasSize(2);
        assertThat(edited.jsonPath().getString("title")).isEqualTo("Versioned");
        assertThat(edited.jsonPath().getString("rationale")).isEqualTo("Because it matters.");
        assertThat(comparison.statusCode()).as(comparison.asString()).isEqualTo(200);
        assertThat(comparison.jsonPath().getInt("from")).isEqualTo(1);
        assertThat(comparison.jsonPath().getInt("to")).isEqualTo(2);
        assertThat(comparison.jsonPath().getList("title")).isNotEmpty();
        assertThat(comparison.jsonPath().getList("text.change", String.class)).contains("CHANGED");
        assertThat(comparison.jsonPath().getString("text[0].oldHtml")).contains("<del>");
        assertThat(comparison.jsonPath().getString("text[0].newHtml")).contains("<ins>");
        Response outOfRange = as(world.seconder).get(url("motions/" + id + "/comparison?from=1&to=3"));
        assertProblem(outOfRange, 422);
        assertThat(fields(outOfRange)).containsExactly("to");
    }

    @Test
    void onlyTheProposerEditsAndOnlyUntilAdmission() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Frozen later").jsonPath().getString("id");

        assertProblem(as(world.seconder).contentType(JSON).body(json("title", "Hijacked")).patch(url("motions/" + id)), 403);
        assertProblem(as(world.proposer).contentType(JSON).body(json("title", " ")).patch(url("motions/" + id)), 422);
        as(world.seconder).post(url("motions/" + id + "/seconds"));
        as(world.chair).post(url("motions/" + id + "/admission"));
        Response late = as(world.proposer).contentType(JSON).body(json("title", "Too late")).patch(url("motions/" + id));

        assertProblem(late, 409);
        assertThat(as(world.chair).get(url("motions/" + id)).jsonPath().getString("title")).isEqualTo("Frozen later");
    }

    @Test
    void historyListsWhatHappenedAndWho() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "With a past").jsonPath().getString("id");
        as(world.seconder).post(url("motions/" + id + "/seconds"));

        Response history = as(world.chair).get(url("motions/" + id + "/history"));

        assertThat(history.statusCode()).as(history.asString()).isEqualTo(200);
        assertThat(history.jsonPath().getList("action", String.class))
                .containsSubsequence("motion.drafted", "motion.submitted", "motion.seconded");
        assertThat(history.jsonPath().getList("actor", String.class)).contains(world.proposerUser, world.seconderUser);
        assertThat(history.jsonPath().getString("[0].when")).endsWith("Z");
    }

    // ---------------------------------------------------------------- amendments

    @Test
    void amendmentToAnAdmittedMotionIsNumberedAndListedInTheMotion() {
        World world = world(1);
        String id = admitted(world, "To be amended");

        Response amendment = as(world.third).contentType(JSON)
                .body(json("title", "Better wording", "text", "A better text.", "rationale", "Clearer.", "paragraph", 1))
                .post(url("motions/" + id + "/amendments"));

        assertThat(amendment.statusCode()).as(amendment.asString()).isEqualTo(201);
        String amendmentId = amendment.jsonPath().getString("id");
        assertThat(amendment.header("Location")).endsWith("/api/v1/motions/" + amendmentId);
        assertThat(amendment.jsonPath().getString("amends")).isEqualTo(id);
        assertThat(amendment.jsonPath().getBoolean("amendment")).isTrue();
        assertThat(amendment.jsonPath().getString("status")).isEqualTo("SUBMITTED");
        assertThat(amendment.jsonPath().getString("number")).matches(world.code + "-" + year() + "-\\d{3}");
        assertThat(amendment.jsonPath().getInt("paragraph")).isEqualTo(1);
        Response motion = as(world.seconder).get(url("motions/" + id));
        assertThat(motion.jsonPath().getList("amendments.id", String.class)).containsExactly(amendmentId);
        assertThat(motion.jsonPath().getList("amendments.amends", String.class)).containsExactly(id);
        assertThat(motion.jsonPath().getString("amends")).isNull();
        Response read = as(world.seconder).get(url("motions/" + amendmentId));
        assertThat(read.jsonPath().getString("amends")).isEqualTo(id);
        assertThat(as(world.proposer).post(url("motions/" + amendmentId + "/seconds")).statusCode()).isEqualTo(201);
    }

    @Test
    void amendmentIsRefusedBeforeAdmissionOrWithoutTextOrFromOutsideTheBody() {
        World world = world(1);
        String submitted = propose(world.proposer, world.bodyId, "Not yet admitted").jsonPath().getString("id");
        String admitted = admitted(world, "Admitted");

        Response early = as(world.seconder).contentType(JSON).body(json("title", "Early", "text", "Too early."))
                .post(url("motions/" + submitted + "/amendments"));
        Response empty = as(world.seconder).contentType(JSON).body(json("title", "Empty"))
                .post(url("motions/" + admitted + "/amendments"));
        Response badParagraph = as(world.seconder).contentType(JSON).body(json("title", "Far", "text", "x", "paragraph", 99))
                .post(url("motions/" + admitted + "/amendments"));
        Response outsider = as(world.outsider).contentType(JSON).body(json("title", "Outside", "text", "x"))
                .post(url("motions/" + admitted + "/amendments"));

        assertProblem(early, 409);
        assertProblem(empty, 422);
        assertThat(fields(empty)).contains("text");
        assertProblem(badParagraph, 422);
        assertThat(fields(badParagraph)).containsExactly("paragraph");
        assertProblem(outsider, 403);
    }

    // ---------------------------------------------------------------- translations

    @Test
    void translationIsShownInTheReadersLanguageAndBecomesOfficialOnApproval() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Translated").jsonPath().getString("id");

        Response translated = as(world.proposer).contentType(JSON)
                .body(json("title", "Traduite", "text", "Le texte *traduit*.")).put(url("motions/" + id + "/translations/fr"));
        Response byParameter = as(world.seconder).get(url("motions/" + id + "?lang=FR"));
        Response byHeader = as(world.seconder).header("Accept-Language", "fr-CH, en;q=0.5").get(url("motions/" + id));
        Response original = as(world.seconder).header("Accept-Language", "de").get(url("motions/" + id));

        assertThat(translated.statusCode()).as(translated.asString()).isEqualTo(200);
        assertThat(translated.jsonPath().getList("translations.language", String.class)).containsExactly("FR");
        assertThat(translated.jsonPath().getBoolean("translations[0].official")).isFalse();
        assertThat(byParameter.jsonPath().getString("shown.language")).isEqualTo("FR");
        assertThat(byParameter.jsonPath().getString("shown.title")).isEqualTo("Traduite");
        assertThat(byParameter.jsonPath().getString("shown.authority")).isEqualTo("UNOFFICIAL_TRANSLATION");
        assertThat(byParameter.jsonPath().getString("shown.html")).contains("<em>traduit</em>");
        assertThat(byHeader.jsonPath().getString("shown.language")).isEqualTo("FR");
        assertThat(original.jsonPath().getString("shown.language")).isEqualTo("EN");
        assertThat(original.jsonPath().getString("shown.authority")).isEqualTo("ORIGINAL");

        assertProblem(as(world.proposer).post(url("motions/" + id + "/translations/FR/approval")), 403);
        Response approved = as(world.secretariat).post(url("motions/" + id + "/translations/FR/approval"));

        assertThat(approved.statusCode()).as(approved.asString()).isEqualTo(200);
        assertThat(approved.jsonPath().getBoolean("translations[0].official")).isTrue();
        assertThat(as(world.seconder).get(url("motions/" + id + "?lang=fr")).jsonPath().getString("shown.authority"))
                .isEqualTo("OFFICIAL_TRANSLATION");
    }

    @Test
    void translationRefusalsNameTheirCause() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Hard to translate").jsonPath().getString("id");

        Response unknownLanguage = as(world.proposer).contentType(JSON).body(json("title", "T", "text", "x"))
                .put(url("motions/" + id + "/translations/XX"));
        Response officialByDelegate = as(world.proposer).contentType(JSON).body(json("title", "T", "text", "x", "official", true))
                .put(url("motions/" + id + "/translations/ES"));
        Response byOtherNetwork = as(world.seconder).contentType(JSON).body(json("title", "T", "text", "x"))
                .put(url("motions/" + id + "/translations/ES"));
        Response intoTheOriginal = as(world.secretariat).contentType(JSON).body(json("title", "T", "text", "x"))
                .put(url("motions/" + id + "/translations/EN"));
        Response noSuchTranslation = as(world.secretariat).post(url("motions/" + id + "/translations/ES/approval"));
        Response badReaderLanguage = as(world.seconder).get(url("motions/" + id + "?lang=klingon"));

        assertProblem(unknownLanguage, 422);
        assertThat(fields(unknownLanguage)).containsExactly("language");
        assertProblem(officialByDelegate, 403);
        assertProblem(byOtherNetwork, 403);
        assertProblem(intoTheOriginal, 409);
        assertProblem(noSuchTranslation, 409);
        assertProblem(badReaderLanguage, 422);
        assertThat(fields(badReaderLanguage)).containsExactly("lang");
    }

    // ---------------------------------------------------------------- lists

    @Test
    void listFiltersByBodyStatusAndTextAndCountsTheWholeMatch() {
        World world = world(1);
        String first = propose(world.proposer, world.bodyId, "Cooperatives and housing").jsonPath().getString("id");
        propose(world.seconder, world.bodyId, "Fair trade");
        String third = propose(world.proposer, world.bodyId, "Cooperatives and banking").jsonPath().getString("id");
        as(world.proposer).post(url("motions/" + third + "/withdrawal"));

        Response all = as(world.chair).get(url("motions?bodyId=" + world.bodyId + "&sort=-number&limit=2"));
        Response cooperatives = as(world.chair).get(url("motions?bodyId=" + world.bodyId + "&q=cooperatives&status=submitted"));

        assertThat(all.statusCode()).as(all.asString()).isEqualTo(200);
        assertThat(all.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("3");
        assertThat(all.jsonPath().getList("number", String.class))
                .containsExactly(world.code + "-" + year() + "-003", world.code + "-" + year() + "-002");
        assertThat(all.jsonPath().getString("[0].proposer.acronym")).isNotBlank();
        assertThat(all.jsonPath().getString("[0].bodyCode")).isEqualTo(world.code);
        assertThat(cooperatives.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("1");
        assertThat(cooperatives.jsonPath().getList("id", String.class)).containsExactly(first);
        assertThat(cooperatives.jsonPath().getInt("[0].secondsRequired")).isEqualTo(1);
    }

    @Test
    void badListParametersAre422NamingEachOne() {
        World world = world(1);

        Response response = as(world.chair).get(url("motions?status=PENDING&sort=colour&limit=0&bodyId=abc"));

        assertProblem(response, 422);
        assertThat(fields(response)).containsExactlyInAnyOrder("status", "sort", "limit", "bodyId");
    }

    @Test
    void awaitingSecondListsWhatTheCallersNetworkHasNotSecondedYet() {
        World world = world(1);
        String id = propose(world.proposer, world.bodyId, "Support wanted").jsonPath().getString("id");

        Response before = as(world.seconder).get(url("motions/awaiting-second"));
        Response own = as(world.proposer).get(url("motions/awaiting-second"));
        as(world.seconder).post(url("motions/" + id + "/seconds"));
        Response after = as(world.seconder).get(url("motions/awaiting-second"));
        Response chair = as(world.chair).get(url("motions/awaiting-second"));

        assertThat(before.statusCode()).as(before.asString()).isEqualTo(200);
        assertThat(before.jsonPath().getList("id", String.class)).contains(id);
        assertThat(own.jsonPath().getList("id", String.class)).doesNotContain(id);
        assertThat(after.jsonPath().getList("id", String.class)).doesNotContain(id);
        assertThat(chair.statusCode()).isEqualTo(200);
        assertThat(chair.jsonPath().getList("$")).isEmpty();
    }

    // ---------------------------------------------------------------- the world of one test

    /**
     * A fresh body with three member networks (proposer, seconder, third), one network outside it, a
     * delegate for each, and the demo chair and secretariat: what one test needs, shared with no other.
     */
    private record World(String bodyId, String code, String proposerNetwork, String seconderNetwork, String proposerUser,
            String seconderUser, String proposer, String seconder, String third, String outsider, String chair,
            String secretariat) {
    }

    private World world(int secondsRequired) {
        String secretariat = token("secretariat", Deployments.DEMO_PASSWORD);
        String a = newNetwork(secretariat);
        String b = newNetwork(secretariat);
        String c = newNetwork(secretariat);
        String outside = newNetwork(secretariat);
        String code = newCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Assembly " + code);
        body.put("code", code);
        body.put("networkIds", List.of(a, b, c));
        body.put("quorum", Map.of("networksPercent", 50, "weightPercent", 0));
        body.put("majority", "SIMPLE");
        body.put("secondsRequired", secondsRequired);
        body.put("proxyCap", 1);
        Response created = as(secretariat).contentType(JSON).body(JsonOutput.toJson(body)).post(url("bodies"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String userA = newDelegate(secretariat, a);
        String userB = newDelegate(secretariat, b);
        return new World(created.jsonPath().getString("id"), code, a, b, userA, userB,
                token(userA, USER_PASSWORD), token(userB, USER_PASSWORD), token(newDelegate(secretariat, c), USER_PASSWORD),
                token(newDelegate(secretariat, outside), USER_PASSWORD), token("chair", Deployments.DEMO_PASSWORD), secretariat);
    }

    /** A motion of the world's proposer, seconded and admitted by the chair; its id. */
    private String admitted(World world, String title) {
        String id = propose(world.proposer, world.bodyId, title).jsonPath().getString("id");
        assertThat(as(world.seconder).post(url("motions/" + id + "/seconds")).statusCode()).isEqualTo(201);
        Response admitted = as(world.chair).post(url("motions/" + id + "/admission"));
        assertThat(admitted.statusCode()).as(admitted.asString()).isEqualTo(200);
        return id;
    }

    private Response propose(String token, String bodyId, String title) {
        Response response = as(token).contentType(JSON).body(motionJson(bodyId, title)).post(url("motions"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response;
    }

    private static Map<String, Object> motion(String bodyId, String title) {
        Map<String, Object> motion = new LinkedHashMap<>();
        motion.put("bodyId", bodyId);
        if (title != null) {
            motion.put("title", title);
        }
        motion.put("text", "The assembly resolves to act this year.");
        motion.put("rationale", "Because it matters.");
        motion.put("language", "EN");
        return motion;
    }

    private static String motionJson(String bodyId, String title, Object... more) {
        Map<String, Object> motion = motion(bodyId, title);
        for (int i = 0; i < more.length; i += 2) {
            motion.put((String) more[i], more[i + 1]);
        }
        return JsonOutput.toJson(motion);
    }

    // ---------------------------------------------------------------- helpers

    private String url(String path) {
        return Api.url(base, path);
    }

    private String token(String username, String password) {
        return Api.token(base, username, password);
    }

    private String newNetwork(String secretariat) {
        String acronym = "M" + suffix();
        Response response = as(secretariat).contentType(JSON)
                .body(json("name", "Network " + acronym, "acronym", acronym, "region", "EUROPE", "category", "MEMBER_BASED", "weight", 1))
                .post(url("networks"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    /** A fresh delegate of the network; returns the username. */
    private String newDelegate(String secretariat, String networkId) {
        String username = "motion.delegate." + suffix().toLowerCase(java.util.Locale.ROOT);
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
        return username;
    }

    private static int year() {
        return Year.now(ZoneOffset.UTC).getValue();
    }
}
