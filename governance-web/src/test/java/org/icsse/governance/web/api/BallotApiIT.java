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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.SoftAssertions;
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
 * {@code /api/v1/ballots} and {@code /api/v1/decisions} as an outside client sees them, against the real WAR on
 * Payara Micro: opening in a sitting and remotely, the body's rules as defaults, the frozen electorate, casting
 * and receipts, proxies, closing and the exact result on a hand-computed example, the decisions register read
 * without a token, amendments written into their motion, NO_QUORUM, receipts, roll calls and recounts, an
 * authorisation matrix of every ballot endpoint for every role, and a walk through every answer that could
 * mention a closed secret ballot, looking for a network paired with a choice.
 * <p>
 * Every test builds its own body through the API: five member networks A to E weighing 1 to 5 (|E| = 5,
 * w(E) = 15), quorum 60 % of networks and 40 % of weight (3 networks and weight 6), ABSOLUTE majority, one
 * second, proxy cap 1, a network outside the body, and a delegate for each network. Runs on PostgreSQL (tag
 * {@code postgresql}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class BallotApiIT {

    private static final String USER_PASSWORD = "fresh-account-2026";
    private static final Pattern RECEIPT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    private static final Pattern DECISION_NUMBER = Pattern.compile("ICSSE/\\d{4}/\\d{3}");
    private static final Set<String> CHOICES = Set.of("FOR", "AGAINST", "ABSTAIN");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- opening

    @Test
    void meetingBallotOpensOnTheCurrentItemWithTheBodysRulesAndFreezesItsElectorate() {
        World world = world();
        String motion = admittedMotion(world, "Fair trade procurement");
        String meeting = planned(world);
        String item = addMotionItem(world, meeting, motion);

        Response beforeSitting = as(world.chair).contentType(JSON).body(json("motionId", motion)).post(url("ballots"));
        sitOn(world, meeting, item);
        Response opened = as(world.chair).contentType(JSON).body(json("motionId", motion)).post(url("ballots"));

        assertProblem(beforeSitting, 409);
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
        String ballot = opened.jsonPath().getString("id");
        assertThat(opened.header("Location")).endsWith("/api/v1/ballots/" + ballot);
        assertThat(opened.jsonPath().getString("status")).isEqualTo("OPEN");
        assertThat(opened.jsonPath().getString("motionId")).isEqualTo(motion);
        assertThat(opened.jsonPath().getString("motionNumber")).startsWith(world.code + "-");
        assertThat(opened.jsonPath().getString("title")).isEqualTo("Fair trade procurement");
        assertThat(opened.jsonPath().getString("meetingId")).isEqualTo(meeting);
        assertThat(opened.jsonPath().getString("bodyId")).isEqualTo(world.bodyId);
        assertThat(opened.jsonPath().getString("majority")).isEqualTo("ABSOLUTE");
        assertThat(opened.jsonPath().getBoolean("doubleMajority")).isFalse();
        assertThat(opened.jsonPath().getMap("quorum")).isEqualTo(Map.of("networksPercent", 60, "weightPercent", 40));
        assertThat(opened.jsonPath().getMap("quorumNeeded")).isEqualTo(Map.of("networks", 3, "weight", 6));
        assertThat(opened.jsonPath().getBoolean("secret")).isFalse();
        assertThat(opened.jsonPath().getString("closesAt")).isNull();
        assertThat(opened.jsonPath().getString("openedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(opened.jsonPath().getMap("electorate")).isEqualTo(Map.of("networks", 5, "weight", 15));
        assertThat(opened.jsonPath().getMap("participation")).isEqualTo(Map.of("networks", 0, "weight", 0));
        assertThat(opened.jsonPath().getMap("$")).doesNotContainKey("result");
        assertThat(as(world.chair).get(url("motions/" + motion)).jsonPath().getString("status")).isEqualTo("VOTING");

        // the register changes after opening: E weighs 9 and D is suspended; the ballot keeps what it froze
        patchNetwork(world, world.e, json("weight", 9));
        patchNetwork(world, world.d, json("status", "SUSPENDED"));
        vote(world.delegateA, ballot, world.a, "FOR");
        vote(world.delegateE, ballot, world.e, "FOR");
        vote(world.delegateD, ballot, world.d, "AGAINST");
        Response chairView = as(world.chair).get(url("ballots/" + ballot));
        Response delegateView = as(world.delegateB).get(url("ballots/" + ballot));
        Response closed = as(world.chair).post(url("ballots/" + ballot + "/closure"));

        assertThat(chairView.jsonPath().getMap("electorate")).isEqualTo(Map.of("networks", 5, "weight", 15));
        assertThat(chairView.jsonPath().getMap("participation")).isEqualTo(Map.of("networks", 3, "weight", 10));
        assertThat(chairView.jsonPath().getMap("liveTotals")).isEqualTo(Map.of(
                "for", Map.of("networks", 2, "weight", 6),
                "against", Map.of("networks", 1, "weight", 4),
                "abstain", Map.of("networks", 0, "weight", 0)));
        assertThat(delegateView.jsonPath().getMap("$")).doesNotContainKey("liveTotals");
        assertThat(delegateView.jsonPath().getMap("participation")).isEqualTo(Map.of("networks", 3, "weight", 10));
        assertThat(closed.statusCode()).as(closed.asString()).isEqualTo(200);
        // with E's new weight 9 the motion would pass (2·10 > 15): frozen at 5 it does not (2·6 ≤ 15)
        assertThat(closed.jsonPath().getMap("result")).isEqualTo(result("REJECTED", 2, 6, 1, 4, 0, 0, 5, 15, true, false));
        assertThat(closed.jsonPath().getMap("$")).doesNotContainKey("liveTotals");
        assertThat(as(world.delegateA).get(url("motions/" + motion)).jsonPath().getString("status")).isEqualTo("REJECTED");
    }

    @Test
    void remoteBallotTakesAnAdmittedMotionAndADeadlineAndItsOwnRules() {
        World world = world();
        String motion = admittedMotion(world, "Remote question");
        String submitted = proposedMotion(world, "Not admitted yet");
        String closesAt = deadline();

        Response opened = openRemote(world.secretariat, json("motionId", motion, "majority", "TWO_THIRDS",
                "doubleMajority", true, "quorum", Map.of("networksPercent", 20), "secret", true, "closesAt", closesAt));
        Response again = openRemote(world.chair, json("motionId", motion, "closesAt", deadline()));
        Response notAdmitted = openRemote(world.chair, json("motionId", submitted, "closesAt", deadline()));
        Response tooSoon = openRemote(world.chair, json("motionId", admittedMotion(world, "Soon"),
                "closesAt", Instant.now().plus(1, ChronoUnit.MINUTES).toString()));
        Response tooFar = openRemote(world.chair, json("motionId", admittedMotion(world, "Far"),
                "closesAt", Instant.now().plus(91, ChronoUnit.DAYS).toString()));
        Response notAnInstant = openRemote(world.chair, json("motionId", admittedMotion(world, "When"), "closesAt", "tomorrow"));
        Response badMajority = openRemote(world.chair, json("motionId", admittedMotion(world, "How"), "majority", "MOST",
                "closesAt", deadline()));
        Response noMotion = openRemote(world.chair, json("closesAt", deadline()));
        Response unknownMotion = openRemote(world.chair, json("motionId", "987654321", "closesAt", deadline()));
        Response wrongId = openRemote(world.chair, json("motionId", "abc", "closesAt", deadline()));
        Response malformed = as(world.chair).contentType(JSON).body("{\"motionId\": ").post(url("ballots"));
        Response wrongType = as(world.chair).contentType(JSON).body("{\"motionId\": \"1\", \"quorum\": \"half\"}")
                .post(url("ballots"));

        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
        assertThat(opened.jsonPath().getString("meetingId")).isNull();
        assertThat(Instant.parse(opened.jsonPath().getString("closesAt"))).isEqualTo(Instant.parse(closesAt));
        assertThat(opened.jsonPath().getString("majority")).isEqualTo("TWO_THIRDS");
        assertThat(opened.jsonPath().getBoolean("doubleMajority")).isTrue();
        assertThat(opened.jsonPath().getMap("quorum")).isEqualTo(Map.of("networksPercent", 20, "weightPercent", 40));
        assertThat(opened.jsonPath().getBoolean("secret")).isTrue();
        assertThat(opened.jsonPath().getMap("electorate")).isEqualTo(Map.of("networks", 5, "weight", 15));
        assertProblem(again, 409);
        assertProblem(notAdmitted, 409);
        for (Response invalid : List.of(tooSoon, tooFar, notAnInstant)) {
            assertProblem(invalid, 422);
            assertThat(fields(invalid)).containsExactly("closesAt");
        }
        assertProblem(badMajority, 422);
        assertThat(fields(badMajority)).containsExactly("majority");
        for (Response invalid : List.of(noMotion, unknownMotion, wrongId)) {
            assertProblem(invalid, 422);
            assertThat(fields(invalid)).containsExactly("motionId");
        }
        assertProblem(malformed, 400);
        assertProblem(wrongType, 400);
    }

    // ---------------------------------------------------------------- casting

    @Test
    void eachCastGivesANewReceiptAndOnlyTheLatestVoteCounts() {
        World world = world();
        String ballot = remoteBallot(world, "Only the latest counts", Map.of("majority", "SIMPLE"));

        Response first = vote(world.delegateA, ballot, world.a, "AGAINST");
        Response second = vote(world.delegateA, ballot, world.a, "FOR");
        Response own = as(world.delegateA).get(url("ballots/" + ballot + "/votes/" + world.a));
        Response noneYet = as(world.delegateB).get(url("ballots/" + ballot + "/votes/" + world.b));
        Response receiptsWhileOpen = as(world.delegateA).get(url("ballots/" + ballot + "/receipts"));
        Response rollCallWhileOpen = as(world.delegateA).get(url("ballots/" + ballot + "/roll-call"));
        Response recountWhileOpen = as(world.secretariat).get(url("ballots/" + ballot + "/recount"));

        for (Response cast : List.of(first, second)) {
            assertThat(cast.statusCode()).as(cast.asString()).isEqualTo(200);
            assertThat(cast.jsonPath().getString("receipt")).matches(RECEIPT);
            assertThat(cast.jsonPath().getString("castAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        }
        assertThat(first.jsonPath().getString("choice")).isEqualTo("AGAINST");
        assertThat(second.jsonPath().getString("choice")).isEqualTo("FOR");
        assertThat(second.jsonPath().getString("receipt")).isNotEqualTo(first.jsonPath().getString("receipt"));
        assertThat(own.statusCode()).as(own.asString()).isEqualTo(200);
        assertThat(own.jsonPath().getString("choice")).isEqualTo("FOR");
        assertThat(own.jsonPath().getString("receipt")).isEqualTo(second.jsonPath().getString("receipt"));
        assertProblem(noneYet, 404);
        assertProblem(receiptsWhileOpen, 409);
        assertProblem(rollCallWhileOpen, 409);
        assertProblem(recountWhileOpen, 409);

        Response closed = as(world.secretariat).post(url("ballots/" + ballot + "/closure"));
        Response receipts = as(world.delegateA).get(url("ballots/" + ballot + "/receipts"));
        Response lateCast = vote(world.delegateB, ballot, world.b, "AGAINST");
        Response lateChange = vote(world.delegateA, ballot, world.a, "AGAINST");
        Response secondClosure = as(world.chair).post(url("ballots/" + ballot + "/closure"));
        Response read = as(world.delegateC).get(url("ballots/" + ballot));

        assertThat(closed.statusCode()).as(closed.asString()).isEqualTo(200);
        assertThat(closed.jsonPath().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.jsonPath().getString("closedAt")).isNotBlank();
        // one network of five: no quorum, whatever it chose; its latest choice (FOR) is what was counted
        Map<String, Object> expected = result("NO_QUORUM", 1, 1, 0, 0, 0, 0, 5, 15, false, true);
        assertThat(closed.jsonPath().getMap("result")).isEqualTo(expected);
        assertThat(receipts.statusCode()).as(receipts.asString()).isEqualTo(200);
        assertThat(receipts.jsonPath().getList("$", String.class)).containsExactly(second.jsonPath().getString("receipt"));
        assertProblem(lateCast, 409);
        assertProblem(lateChange, 409);
        assertProblem(secondClosure, 409);
        assertThat(read.jsonPath().getMap("result")).isEqualTo(expected);
        assertThat(as(world.delegateA).get(url("ballots/" + ballot + "/votes/" + world.a)).jsonPath().getString("choice"))
                .isEqualTo("FOR");
    }

    @Test
    void votesAreCastOnlyForOnesOwnNetworkInTheElectorateWithAValidChoice() {
        World world = world();
        String ballot = remoteBallot(world, "Who may vote", Map.of());

        Response forAnother = vote(world.delegateB, ballot, world.a, "FOR");
        Response outsider = vote(world.outsider, ballot, world.outside, "FOR");
        Response outsiderForA = vote(world.outsider, ballot, world.a, "FOR");
        Response byChair = vote(world.chair, ballot, world.a, "FOR");
        Response invalidChoice = vote(world.delegateA, ballot, world.a, "MAYBE");
        Response noChoice = as(world.delegateA).contentType(JSON).body("{}").put(url("ballots/" + ballot + "/votes/" + world.a));
        Response malformed = as(world.delegateA).contentType(JSON).body("{\"choice\": FOR}")
                .put(url("ballots/" + ballot + "/votes/" + world.a));
        Response noBody = as(world.delegateA).contentType(JSON).put(url("ballots/" + ballot + "/votes/" + world.a));
        Response unknownBallot = vote(world.delegateA, "987654321", world.a, "FOR");
        Response notABallot = vote(world.delegateA, "abc", world.a, "FOR");
        Response readOther = as(world.delegateB).get(url("ballots/" + ballot + "/votes/" + world.a));
        Response unknownRead = as(world.delegateA).get(url("ballots/987654321"));
        Response notANumberRead = as(world.delegateA).get(url("ballots/abc"));

        assertProblem(forAnother, 403);
        assertProblem(outsider, 403);
        assertProblem(outsiderForA, 403);
        assertProblem(byChair, 403);
        assertProblem(invalidChoice, 422);
        assertThat(fields(invalidChoice)).containsExactly("choice");
        assertProblem(noChoice, 422);
        assertThat(fields(noChoice)).containsExactly("choice");
        assertProblem(malformed, 400);
        assertProblem(noBody, 400);
        assertProblem(unknownBallot, 404);
        assertProblem(notABallot, 404);
        assertProblem(readOther, 403);
        assertProblem(unknownRead, 404);
        assertProblem(notANumberRead, 404);
        assertThat(as(world.chair).get(url("ballots/" + ballot)).jsonPath().getMap("participation"))
                .isEqualTo(Map.of("networks", 0, "weight", 0));
    }

    @Test
    void theHolderOfAProxyVotesForItsGiverInAMeetingBallotOnly() {
        World world = world();
        String motion = admittedMotion(world, "Proxies");
        String meeting = planned(world);
        String item = addMotionItem(world, meeting, motion);
        Response given = as(world.delegateD).contentType(JSON).body(json("holderNetworkId", world.e))
                .put(url("meetings/" + meeting + "/proxy"));
        assertThat(given.statusCode()).as(given.asString()).isEqualTo(200);
        sitOn(world, meeting, item);
        String ballot = openInMeeting(world, motion, Map.of("majority", "SIMPLE"));
        String remote = remoteBallot(world, "Remote, no proxies", Map.of());

        Response byHolder = vote(world.delegateE, ballot, world.d, "AGAINST");
        Response holderReads = as(world.delegateE).get(url("ballots/" + ballot + "/votes/" + world.d));
        Response giverReads = as(world.delegateD).get(url("ballots/" + ballot + "/votes/" + world.d));
        Response byOther = vote(world.delegateC, ballot, world.d, "FOR");
        Response remoteByHolder = vote(world.delegateE, remote, world.d, "FOR");
        Response card = as(world.delegateE).get(url("ballots/" + ballot));
        vote(world.delegateE, ballot, world.e, "FOR");
        vote(world.delegateA, ballot, world.a, "ABSTAIN");
        Response closed = as(world.chair).post(url("ballots/" + ballot + "/closure"));
        Response rollCall = as(world.delegateB).get(url("ballots/" + ballot + "/roll-call"));

        assertThat(byHolder.statusCode()).as(byHolder.asString()).isEqualTo(200);
        assertThat(holderReads.jsonPath().getString("receipt")).isEqualTo(byHolder.jsonPath().getString("receipt"));
        assertThat(giverReads.statusCode()).as(giverReads.asString()).isEqualTo(200);
        assertThat(giverReads.jsonPath().getString("choice")).isEqualTo("AGAINST");
        assertProblem(byOther, 403);
        assertProblem(remoteByHolder, 403);
        assertThat(card.jsonPath().getList("actions.voteFor.id", String.class)).containsExactlyInAnyOrder(world.e, world.d);
        // SIMPLE: for E (5) against D (4), A abstains
        assertThat(closed.jsonPath().getMap("result")).isEqualTo(result("ADOPTED", 1, 5, 1, 4, 1, 1, 5, 15, true, true));
        assertThat(rollCall.statusCode()).as(rollCall.asString()).isEqualTo(200);
        List<Map<String, Object>> lines = rollCall.jsonPath().getList("$");
        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(l -> l.get("acronym")).isSorted();
        Map<String, Map<String, Object>> byNetwork = new LinkedHashMap<>();
        lines.forEach(l -> byNetwork.put((String) l.get("networkId"), l));
        assertThat(byNetwork.get(world.d)).containsEntry("choice", "AGAINST").containsEntry("weight", 4)
                .containsEntry("acronym", world.acronyms.get(world.d)).containsKey("name");
        assertThat(byNetwork.get(world.e)).containsEntry("choice", "FOR").containsEntry("weight", 5);
        assertThat(byNetwork.get(world.a)).containsEntry("choice", "ABSTAIN").containsEntry("weight", 1);
        assertThat(byNetwork.get(world.b)).containsEntry("choice", null).containsEntry("weight", 2);
        assertThat(byNetwork.get(world.c)).containsEntry("choice", null);
    }

    // ---------------------------------------------------------------- results and the register

    @Test
    void resultIsTheHandComputedTallyByWeightAndAnAdoptedMotionEntersThePublicRegister() {
        World world = world();
        String word = "Q" + suffix();
        String motion = admittedMotion(world, "Solidarity finance " + word);
        String ballot = openRemote(world.chair, json("motionId", motion, "majority", "SIMPLE", "closesAt", deadline()))
                .jsonPath().getString("id");
        String rejectedMotion = admittedMotion(world, "Same votes, absolute majority");
        String absolute = remoteBallotOn(world, rejectedMotion, Map.of());
        for (String b : List.of(ballot, absolute)) {
            vote(world.delegateA, b, world.a, "FOR");
            vote(world.delegateB, b, world.b, "AGAINST");
            vote(world.delegateC, b, world.c, "FOR");
            vote(world.delegateD, b, world.d, "ABSTAIN");
        }

        Response adopted = as(world.chair).post(url("ballots/" + ballot + "/closure"));
        Response rejected = as(world.chair).post(url("ballots/" + absolute + "/closure"));

        // F = {A, C}: 2 networks, weight 4; A = {B}: 1, 2; B = {D}: 1, 4; P: 4, 10 of E: 5, 15.
        // Quorum: 4 ≥ ⌈0.6·5⌉ = 3 and 10 ≥ ⌈0.4·15⌉ = 6. SIMPLE: 4 > 2, adopted. ABSOLUTE: 2·4 = 8 ≤ 15, rejected.
        assertThat(adopted.statusCode()).as(adopted.asString()).isEqualTo(200);
        assertThat(adopted.jsonPath().getMap("result")).isEqualTo(result("ADOPTED", 2, 4, 1, 2, 1, 4, 5, 15, true, true));
        assertThat(adopted.asString()).contains("\"result\":{\"outcome\":\"ADOPTED\",\"for\":{\"networks\":2,\"weight\":4},"
                + "\"against\":{\"networks\":1,\"weight\":2},\"abstain\":{\"networks\":1,\"weight\":4},"
                + "\"participation\":{\"networks\":4,\"weight\":10},\"electorate\":{\"networks\":5,\"weight\":15},"
                + "\"quorumReached\":true,\"majorityReached\":true}");
        String number = adopted.jsonPath().getString("decisionNumber");
        assertThat(number).matches(DECISION_NUMBER);
        assertThat(rejected.jsonPath().getMap("result")).isEqualTo(result("REJECTED", 2, 4, 1, 2, 1, 4, 5, 15, true, false));
        assertThat(rejected.jsonPath().getString("decisionNumber")).isNull();
        assertThat(as(world.delegateA).get(url("motions/" + motion)).jsonPath().getString("status")).isEqualTo("ADOPTED");
        assertThat(as(world.delegateA).get(url("motions/" + rejectedMotion)).jsonPath().getString("status")).isEqualTo("REJECTED");

        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        assertThat(number).startsWith("ICSSE/" + year + "/");
        Response byBody = given().get(url("decisions?bodyId=" + world.bodyId));
        Response byWord = given().get(url("decisions?q=" + word.toLowerCase(Locale.ROOT)));
        Response byYear = given().get(url("decisions?bodyId=" + world.bodyId + "&year=" + year));
        Response otherYear = given().get(url("decisions?bodyId=" + world.bodyId + "&year=2001"));
        Response all = given().get(url("decisions?limit=500"));
        Response badYear = given().get(url("decisions?year=abc"));
        Response badBody = given().get(url("decisions?bodyId=abc"));
        Response badLimit = given().get(url("decisions?limit=0"));

        assertThat(byBody.statusCode()).as(byBody.asString()).isEqualTo(200);
        assertThat(byBody.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("1");
        Map<String, Object> entry = byBody.jsonPath().getMap("[0]");
        assertThat(entry).containsEntry("number", number)
                .containsEntry("title", "Solidarity finance " + word)
                .containsEntry("text", "The assembly resolves to act this year.")
                .containsEntry("bodyId", world.bodyId)
                .containsEntry("ballotId", ballot)
                .containsEntry("meetingId", null);
        assertThat(Instant.parse((String) entry.get("adoptedAt")).atZone(ZoneOffset.UTC).getYear()).isEqualTo(year);
        assertThat((String) entry.get("adoptedAt")).endsWith("Z");
        assertThat(byWord.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("1");
        assertThat(byWord.jsonPath().getString("[0].number")).isEqualTo(number);
        assertThat(byYear.jsonPath().getList("number", String.class)).containsExactly(number);
        assertThat(otherYear.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
        assertThat(all.jsonPath().getList("number", String.class)).contains(number);
        assertProblem(badYear, 422);
        assertThat(fields(badYear)).containsExactly("year");
        assertProblem(badBody, 422);
        assertThat(fields(badBody)).containsExactly("bodyId");
        assertProblem(badLimit, 422);
        assertThat(fields(badLimit)).containsExactly("limit");
    }

    @Test
    void adoptedAmendmentBecomesTheMotionsNewVersionAndLeavesNoDecision() {
        World world = world();
        String motion = admittedMotion(world, "Public procurement");
        Response amended = as(world.delegateC).contentType(JSON)
                .body(json("title", "Procurement, reworded", "text", "The assembly resolves to buy from cooperatives.",
                        "rationale", "Clearer."))
                .post(url("motions/" + motion + "/amendments"));
        assertThat(amended.statusCode()).as(amended.asString()).isEqualTo(201);
        String amendment = amended.jsonPath().getString("id");
        second(world.delegateD, amendment);
        admit(world, amendment);
        String meeting = planned(world);
        String item = addMotionItem(world, meeting, motion);
        sitOn(world, meeting, item);

        Response motionFirst = as(world.chair).contentType(JSON).body(json("motionId", motion)).post(url("ballots"));
        String ballot = openInMeeting(world, amendment, Map.of("majority", "SIMPLE"));
        vote(world.delegateA, ballot, world.a, "FOR");
        vote(world.delegateB, ballot, world.b, "FOR");
        vote(world.delegateC, ballot, world.c, "FOR");
        Response closed = as(world.chair).post(url("ballots/" + ballot + "/closure"));
        Response read = as(world.delegateA).get(url("motions/" + motion));
        Response onMotion = as(world.chair).contentType(JSON).body(json("motionId", motion, "majority", "SIMPLE"))
                .post(url("ballots"));
        Response ofMeeting = as(world.delegateB).get(url("ballots?meetingId=" + meeting));
        Response ofAmendment = as(world.delegateB).get(url("ballots?motionId=" + amendment));
        Response noFilter = as(world.delegateB).get(url("ballots"));

        assertProblem(motionFirst, 409);
        assertThat(closed.jsonPath().getString("result.outcome")).isEqualTo("ADOPTED");
        assertThat(closed.jsonPath().getString("decisionNumber")).isNull();
        assertThat(closed.jsonPath().getString("amendsMotionId")).isEqualTo(motion);
        assertThat(read.jsonPath().getString("text")).isEqualTo("The assembly resolves to buy from cooperatives.");
        assertThat(read.jsonPath().getList("versions")).hasSize(2);
        assertThat(read.jsonPath().getString("status")).isEqualTo("ON_AGENDA");
        assertThat(as(world.delegateA).get(url("motions/" + amendment)).jsonPath().getString("status")).isEqualTo("ADOPTED");
        assertThat(given().get(url("decisions?bodyId=" + world.bodyId)).header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
        assertThat(onMotion.statusCode()).as(onMotion.asString()).isEqualTo(201);
        assertThat(ofMeeting.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("2");
        assertThat(ofMeeting.jsonPath().getList("id", String.class))
                .containsExactly(ballot, onMotion.jsonPath().getString("id"));
        assertThat(ofAmendment.jsonPath().getList("id", String.class)).containsExactly(ballot);
        assertProblem(noFilter, 422);
        assertThat(fields(noFilter)).containsExactly("meetingId");
    }

    @Test
    void noQuorumSendsTheMotionBackOnTheAgendaWithoutADecision() {
        World world = world();
        String motion = admittedMotion(world, "Too few present");
        String meeting = planned(world);
        sitOn(world, meeting, addMotionItem(world, meeting, motion));
        String ballot = openInMeeting(world, motion, Map.of("majority", "SIMPLE"));
        vote(world.delegateE, ballot, world.e, "FOR");
        vote(world.delegateD, ballot, world.d, "FOR");

        Response closed = as(world.chair).post(url("ballots/" + ballot + "/closure"));

        // 2 networks < 3 needed, though weight 9 ≥ 6 and 9 > 0 for: NO_QUORUM
        assertThat(closed.jsonPath().getMap("result")).isEqualTo(result("NO_QUORUM", 2, 9, 0, 0, 0, 0, 5, 15, false, true));
        assertThat(closed.jsonPath().getString("decisionNumber")).isNull();
        assertThat(as(world.delegateA).get(url("motions/" + motion)).jsonPath().getString("status")).isEqualTo("ON_AGENDA");
        assertThat(given().get(url("decisions?bodyId=" + world.bodyId)).header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
        Response minutes = as(world.secretariat).get(url("meetings/" + meeting + "/minutes"));
        assertThat(minutes.statusCode()).as(minutes.asString()).isEqualTo(200);
        assertThat(minutes.jsonPath().getString("results[0].ballotId")).isEqualTo(ballot);
        assertThat(minutes.jsonPath().getString("results[0].outcome")).isEqualTo("NO_QUORUM");
        assertThat(minutes.jsonPath().getMap("results[0].for")).isEqualTo(Map.of("networks", 2, "weight", 9));
    }

    @Test
    void receiptsHoldExactlyTheLastReceiptOfEachNetworkAndTheRecountMatches() {
        World world = world();
        String ballot = remoteBallot(world, "Receipts", Map.of("majority", "SIMPLE"));
        vote(world.delegateA, ballot, world.a, "AGAINST");
        String a = vote(world.delegateA, ballot, world.a, "FOR").jsonPath().getString("receipt");
        String b = vote(world.delegateB, ballot, world.b, "AGAINST").jsonPath().getString("receipt");
        vote(world.delegateC, ballot, world.c, "FOR");
        vote(world.delegateC, ballot, world.c, "AGAINST");
        String c = vote(world.delegateC, ballot, world.c, "ABSTAIN").jsonPath().getString("receipt");
        String e = vote(world.delegateE, ballot, world.e, "FOR").jsonPath().getString("receipt");
        close(world, ballot);

        Response receipts = as(world.delegateB).get(url("ballots/" + ballot + "/receipts"));
        Response recount = as(world.secretariat).get(url("ballots/" + ballot + "/recount"));
        Response recountByChair = as(world.chair).get(url("ballots/" + ballot + "/recount"));

        List<String> codes = receipts.jsonPath().getList("$", String.class);
        assertThat(codes).containsExactlyInAnyOrder(a, b, c, e).isSorted();
        assertThat(receipts.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("4");
        Response own = as(world.delegateA).get(url("ballots/" + ballot + "/votes/" + world.a));
        assertThat(codes).contains(own.jsonPath().getString("receipt"));
        assertThat(recount.statusCode()).as(recount.asString()).isEqualTo(200);
        assertThat(recount.jsonPath().getBoolean("matches")).isTrue();
        assertThat(recount.jsonPath().getInt("votesRead")).isEqualTo(4);
        assertThat(recount.jsonPath().getList("problems")).isEmpty();
        Map<String, Object> expected = result("ADOPTED", 2, 6, 1, 2, 1, 3, 5, 15, true, true);
        assertThat(recount.jsonPath().getMap("stored")).isEqualTo(expected);
        assertThat(recount.jsonPath().getMap("recomputed")).isEqualTo(expected);
        assertProblem(recountByChair, 403);
    }

    // ---------------------------------------------------------------- who may do what

    /**
     * Every ballot endpoint for every role, with the status it must answer: one row per endpoint, one column per
     * role. Calls that change something get a fresh ballot or motion each, so no row depends on another.
     */
    @Test
    void authorisationMatrix() {
        World world = world();
        String named = remoteBallot(world, "Named, closed", Map.of());
        vote(world.delegateA, named, world.a, "FOR");
        close(world, named);
        String secret = remoteBallot(world, "Secret, closed", Map.of("secret", true));
        vote(world.delegateA, secret, world.a, "FOR");
        close(world, secret);
        String open = remoteBallot(world, "Open", Map.of());
        vote(world.delegateA, open, world.a, "AGAINST");
        String namedMotion = as(world.chair).get(url("ballots/" + named)).jsonPath().getString("motionId");

        String[] roles = {"anonymous", "delegate of the network", "delegate of another network of the body",
                "delegate of a network outside the body", "chair", "secretariat", "admin"};
        String[] tokens = {null, world.delegateA, world.delegateB, world.outsider, world.chair, world.secretariat,
                world.admin};
        Matrix matrix = new Matrix(roles, tokens);
        //                                                                     anon dA   dB   out  chair secr admin
        matrix.row("POST /ballots", r -> r.contentType(JSON)
                .body(json("motionId", admittedMotion(world, "Matrix"), "closesAt", deadline())).post(url("ballots")),
                /*                                                          */ 401, 403, 403, 403, 201, 201, 403);
        matrix.row("GET /ballots?motionId=", r -> r.get(url("ballots?motionId=" + namedMotion)),
                /*                                                          */ 401, 200, 200, 200, 200, 200, 200);
        matrix.row("GET /ballots/{id}", r -> r.get(url("ballots/" + named)),
                /*                                                          */ 401, 200, 200, 200, 200, 200, 200);
        matrix.row("PUT /ballots/{id}/votes/{networkId}", r -> r.contentType(JSON).body(json("choice", "FOR"))
                .put(url("ballots/" + open + "/votes/" + world.a)),
                /*                                                          */ 401, 200, 403, 403, 403, 403, 403);
        matrix.row("GET /ballots/{id}/votes/{networkId}", r -> r.get(url("ballots/" + open + "/votes/" + world.a)),
                /*                                                          */ 401, 200, 403, 403, 403, 403, 403);
        matrix.row("POST /ballots/{id}/closure", r -> r.post(url("ballots/" + remoteBallot(world, "Matrix", Map.of())
                + "/closure")),
                /*                                                          */ 401, 403, 403, 403, 200, 200, 403);
        matrix.row("GET /ballots/{id}/receipts", r -> r.get(url("ballots/" + named + "/receipts")),
                /*                                                          */ 401, 200, 200, 403, 200, 200, 200);
        matrix.row("GET /ballots/{id}/roll-call (named)", r -> r.get(url("ballots/" + named + "/roll-call")),
                /*                                                          */ 401, 200, 200, 403, 200, 200, 200);
        matrix.row("GET /ballots/{id}/roll-call (secret)", r -> r.get(url("ballots/" + secret + "/roll-call")),
                /*                                                          */ 401, 403, 403, 403, 403, 403, 403);
        matrix.row("GET /ballots/{id}/recount", r -> r.get(url("ballots/" + named + "/recount")),
                /*                                                          */ 401, 403, 403, 403, 403, 200, 403);
        matrix.row("GET /decisions", r -> r.get(url("decisions?bodyId=" + world.bodyId)),
                /*                                                          */ 200, 200, 200, 200, 200, 200, 200);
        matrix.assertAll();
    }

    // ---------------------------------------------------------------- secrecy

    /**
     * A secret ballot in a sitting, four networks voting with different choices, closed; then every role reads
     * every answer that could mention it — the ballot, the lists, the votes, receipts, roll call and recount, the
     * register, the meeting, its minutes and quorum, the motion and its history, the audit log — and none pairs
     * a network with a choice: no JSON object that names a network carries a choice, and no answer carries a
     * choice at all.
     */
    @Test
    void noAnswerAboutAClosedSecretBallotPairsANetworkWithAChoice() {
        World world = world();
        String motion = admittedMotion(world, "Secret question");
        String meeting = planned(world);
        sitOn(world, meeting, addMotionItem(world, meeting, motion));
        String ballot = openInMeeting(world, motion, Map.of("secret", true, "majority", "SIMPLE"));
        Map<String, String> voters = new LinkedHashMap<>();
        voters.put(world.a, world.delegateA);
        voters.put(world.b, world.delegateB);
        voters.put(world.c, world.delegateC);
        voters.put(world.d, world.delegateD);
        List<String> choices = List.of("FOR", "AGAINST", "ABSTAIN", "FOR");
        List<String> receipts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> voter : voters.entrySet()) {
            Response cast = vote(voter.getValue(), ballot, voter.getKey(), choices.get(i++));
            assertThat(cast.statusCode()).as(cast.asString()).isEqualTo(200);
            receipts.add(cast.jsonPath().getString("receipt"));
        }
        Response whileOpen = as(world.chair).get(url("ballots/" + ballot));
        assertThat(whileOpen.jsonPath().getMap("$")).doesNotContainKey("liveTotals");
        assertThat(whileOpen.jsonPath().getMap("participation")).isEqualTo(Map.of("networks", 4, "weight", 10));
        Response closed = as(world.chair).post(url("ballots/" + ballot + "/closure"));
        assertThat(closed.jsonPath().getMap("result")).isEqualTo(result("ADOPTED", 2, 5, 1, 2, 1, 3, 5, 15, true, true));

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        voters.forEach((network, token) -> tokens.put("delegate of " + world.acronyms.get(network), token));
        tokens.put("delegate of E (did not vote)", world.delegateE);
        tokens.put("delegate outside the body", world.outsider);
        tokens.put("chair", world.chair);
        tokens.put("secretariat", world.secretariat);
        tokens.put("admin", world.admin);
        List<String> paths = new ArrayList<>(List.of("ballots/" + ballot, "ballots?meetingId=" + meeting,
                "ballots?motionId=" + motion, "ballots/" + ballot + "/receipts", "ballots/" + ballot + "/roll-call",
                "ballots/" + ballot + "/recount", "decisions?bodyId=" + world.bodyId, "meetings/" + meeting,
                "meetings?bodyId=" + world.bodyId, "meetings/" + meeting + "/minutes", "meetings/" + meeting + "/quorum",
                "motions/" + motion, "motions/" + motion + "/history", "motions?bodyId=" + world.bodyId,
                "audit?limit=500"));
        voters.keySet().forEach(network -> paths.add("ballots/" + ballot + "/votes/" + network));
        Set<String> names = new HashSet<>(world.acronyms.values());
        names.addAll(world.acronyms.keySet());

        SoftAssertions softly = new SoftAssertions();
        int read = 0;
        for (Map.Entry<String, String> role : tokens.entrySet()) {
            for (String path : paths) {
                RequestSpecification request = role.getValue() == null ? given() : as(role.getValue());
                Response response = request.get(url(path));
                String what = role.getKey() + " GET " + path + " → " + response.statusCode() + ": " + response.asString();
                softly.assertThat(response.statusCode()).as(what).isLessThan(500);
                if (response.statusCode() == 200) {
                    read++;
                }
                Object tree = new JsonSlurper().parseText(response.asString());
                softly.assertThat(pairings(tree, names)).as(what).isEmpty();
                softly.assertThat(choicesIn(tree)).as(what).isEmpty();
            }
        }
        // the leak walk read something: the delegates their own receipts, the secretariat the audit log and the recount
        Response ownAfter = as(world.delegateB).get(url("ballots/" + ballot + "/votes/" + world.b));
        softly.assertThat(ownAfter.statusCode()).isEqualTo(200);
        softly.assertThat(ownAfter.jsonPath().getString("receipt")).isEqualTo(receipts.get(1));
        softly.assertThat(ownAfter.jsonPath().getString("choice")).isNull();
        softly.assertThat(as(world.delegateB).get(url("ballots/" + ballot + "/receipts")).jsonPath().getList("$", String.class))
                .containsExactlyInAnyOrderElementsOf(receipts);
        softly.assertThat(as(world.secretariat).get(url("ballots/" + ballot + "/recount")).jsonPath().getBoolean("matches"))
                .isTrue();
        assertProblem(as(world.chair).get(url("ballots/" + ballot + "/roll-call")), 403);
        softly.assertThat(read).isGreaterThan(tokens.size() * 5);
        softly.assertAll();
    }

    /** Every JSON object in the tree that names one of the networks and carries a choice, described. */
    private static List<String> pairings(Object node, Set<String> networks) {
        List<String> found = new ArrayList<>();
        walk(node, map -> {
            if (namesNetwork(map, networks) && !choicesIn(map).isEmpty()) {
                found.add(JsonOutput.toJson(map));
            }
        });
        return found;
    }

    /** Whether an object names a network directly: by a field about a network, an acronym, or one of their ids or acronyms. */
    private static boolean namesNetwork(Map<?, ?> map, Set<String> networks) {
        for (Map.Entry<?, ?> field : map.entrySet()) {
            String key = String.valueOf(field.getKey()).toLowerCase(Locale.ROOT);
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            if ((key.contains("network") && !key.equals("networks")) || key.equals("acronym") || key.equals("giver")
                    || key.equals("holder") || key.equals("byproxyof")) {
                return true;
            }
            if (value instanceof String text && networks.contains(text) && !key.equals("id")) {
                return true;
            }
        }
        return false;
    }

    /** Every non-null {@code choice} field and every FOR, AGAINST or ABSTAIN value in the tree. */
    private static List<String> choicesIn(Object node) {
        List<String> found = new ArrayList<>();
        walk(node, map -> map.forEach((key, value) -> {
            if ("choice".equals(key) && value != null) {
                found.add("choice: " + value);
            } else if (value instanceof String text && CHOICES.contains(text)) {
                found.add(key + ": " + text);
            }
        }));
        if (node instanceof List<?> list) {
            list.stream().filter(v -> v instanceof String s && CHOICES.contains(s)).forEach(v -> found.add(String.valueOf(v)));
        }
        return found;
    }

    private static void walk(Object node, Consumer<Map<?, ?>> visit) {
        if (node instanceof Map<?, ?> map) {
            visit.accept(map);
            map.values().forEach(v -> walk(v, visit));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> walk(v, visit));
        }
    }

    // ---------------------------------------------------------------- the matrix

    /** Rows of calls, each made once per role with that role's token, and the status expected of each. */
    private static final class Matrix {

        private final String[] roles;
        private final String[] tokens;
        private final SoftAssertions softly = new SoftAssertions();

        Matrix(String[] roles, String[] tokens) {
            this.roles = roles;
            this.tokens = tokens;
        }

        void row(String endpoint, Function<RequestSpecification, Response> call, int... expected) {
            assertThat(expected).as(endpoint).hasSameSizeAs(roles);
            for (int i = 0; i < roles.length; i++) {
                RequestSpecification request = tokens[i] == null ? given() : as(tokens[i]);
                Response response = call.apply(request);
                String what = endpoint + " as " + roles[i];
                softly.assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(expected[i]);
                if (expected[i] >= 400) {
                    softly.assertThat(response.contentType()).as(what).startsWith(Api.PROBLEM);
                }
            }
        }

        void assertAll() {
            softly.assertAll();
        }
    }

    // ---------------------------------------------------------------- the world of one test

    /**
     * A fresh body of five member networks A to E weighing 1 to 5, one network outside it, a delegate for each,
     * and the demo chair, secretariat and administrator: what one test needs, shared with no other.
     */
    private record World(String bodyId, String code, String a, String b, String c, String d, String e, String outside,
            Map<String, String> acronyms, String delegateA, String delegateB, String delegateC, String delegateD,
            String delegateE, String outsider, String chair, String secretariat, String admin) {
    }

    private World world() {
        String secretariat = token("secretariat", Deployments.DEMO_PASSWORD);
        Map<String, String> acronyms = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (int weight = 1; weight <= 5; weight++) {
            ids.add(newNetwork(secretariat, weight, acronyms));
        }
        String outside = newNetwork(secretariat, 1, acronyms);
        String code = newCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Assembly " + code);
        body.put("code", code);
        body.put("networkIds", ids);
        body.put("quorum", Map.of("networksPercent", 60, "weightPercent", 40));
        body.put("majority", "ABSOLUTE");
        body.put("secondsRequired", 1);
        body.put("proxyCap", 1);
        Response created = as(secretariat).contentType(JSON).body(JsonOutput.toJson(body)).post(url("bodies"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return new World(created.jsonPath().getString("id"), code, ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4),
                outside, acronyms, delegate(secretariat, ids.get(0)), delegate(secretariat, ids.get(1)),
                delegate(secretariat, ids.get(2)), delegate(secretariat, ids.get(3)), delegate(secretariat, ids.get(4)),
                delegate(secretariat, outside), token("chair", Deployments.DEMO_PASSWORD), secretariat,
                token("admin", Deployments.ADMIN_PASSWORD));
    }

    /** The result object of {@code API.md} with these numbers. */
    private static Map<String, Object> result(String outcome, int forNetworks, int forWeight, int againstNetworks,
            int againstWeight, int abstainNetworks, int abstainWeight, int electorateNetworks, int electorateWeight,
            boolean quorum, boolean majority) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", outcome);
        result.put("for", Map.of("networks", forNetworks, "weight", forWeight));
        result.put("against", Map.of("networks", againstNetworks, "weight", againstWeight));
        result.put("abstain", Map.of("networks", abstainNetworks, "weight", abstainWeight));
        result.put("participation", Map.of("networks", forNetworks + againstNetworks + abstainNetworks,
                "weight", forWeight + againstWeight + abstainWeight));
        result.put("electorate", Map.of("networks", electorateNetworks, "weight", electorateWeight));
        result.put("quorumReached", quorum);
        result.put("majorityReached", majority);
        return result;
    }

    /** A deadline for a remote ballot: one day from now. */
    private static String deadline() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private Response openRemote(String token, String body) {
        return as(token).contentType(JSON).body(body).post(url("ballots"));
    }

    /** A remote ballot opened by the chair on a new admitted motion with that title, with the rules given; its id. */
    private String remoteBallot(World world, String title, Map<String, Object> rules) {
        return remoteBallotOn(world, admittedMotion(world, title), rules);
    }

    /** A remote ballot opened by the chair on the motion, with the rules given (the others: the body's); its id. */
    private String remoteBallotOn(World world, String motionId, Map<String, Object> rules) {
        Map<String, Object> request = new LinkedHashMap<>(rules);
        request.put("motionId", motionId);
        request.put("closesAt", deadline());
        Response opened = openRemote(world.chair, JsonOutput.toJson(request));
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
        return opened.jsonPath().getString("id");
    }

    /** A ballot opened by the chair in the sitting now on the motion; its id. */
    private String openInMeeting(World world, String motionId, Map<String, Object> rules) {
        Map<String, Object> request = new LinkedHashMap<>(rules);
        request.put("motionId", motionId);
        Response opened = as(world.chair).contentType(JSON).body(JsonOutput.toJson(request)).post(url("ballots"));
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
        return opened.jsonPath().getString("id");
    }

    private Response vote(String token, String ballotId, String networkId, String choice) {
        return as(token).contentType(JSON).body(json("choice", choice)).put(url("ballots/" + ballotId + "/votes/" + networkId));
    }

    private void close(World world, String ballotId) {
        Response closed = as(world.chair).post(url("ballots/" + ballotId + "/closure"));
        assertThat(closed.statusCode()).as(closed.asString()).isEqualTo(200);
    }

    private void patchNetwork(World world, String networkId, String body) {
        Response patched = as(world.secretariat).contentType(JSON).body(body).patch(url("networks/" + networkId));
        assertThat(patched.statusCode()).as(patched.asString()).isEqualTo(200);
    }

    /** A planned meeting of the world's body; its id. */
    private String planned(World world) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("bodyId", world.bodyId);
        meeting.put("title", "General assembly");
        meeting.put("start", "2026-06-01T09:00");
        meeting.put("end", "2026-06-01T17:00");
        meeting.put("timeZone", "Africa/Dakar");
        meeting.put("venue", "Maison des syndicats");
        Response response = as(world.secretariat).contentType(JSON).body(JsonOutput.toJson(meeting)).post(url("meetings"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    /** Puts an admitted motion on the agenda of a planned meeting; the item's id. */
    private String addMotionItem(World world, String meetingId, String motionId) {
        Response added = as(world.secretariat).contentType(JSON).body(json("motionId", motionId))
                .post(url("meetings/" + meetingId + "/agenda"));
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        List<String> ids = added.jsonPath().getList("agenda.id", String.class);
        return ids.get(ids.size() - 1);
    }

    /** Opens the sitting and moves it to the item. */
    private void sitOn(World world, String meetingId, String itemId) {
        Response opened = as(world.chair).post(url("meetings/" + meetingId + "/opening"));
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(200);
        Response moved = as(world.chair).contentType(JSON).body(json("itemId", itemId))
                .post(url("meetings/" + meetingId + "/current-item"));
        assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
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
        second(world.delegateB, id);
        admit(world, id);
        return id;
    }

    private void second(String delegate, String motionId) {
        Response seconded = as(delegate).post(url("motions/" + motionId + "/seconds"));
        assertThat(seconded.statusCode()).as(seconded.asString()).isEqualTo(201);
    }

    private void admit(World world, String motionId) {
        Response admitted = as(world.chair).post(url("motions/" + motionId + "/admission"));
        assertThat(admitted.statusCode()).as(admitted.asString()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- helpers

    private String url(String path) {
        return Api.url(base, path);
    }

    private String token(String username, String password) {
        return Api.token(base, username, password);
    }

    private String newNetwork(String secretariat, int weight, Map<String, String> acronyms) {
        String acronym = "B" + suffix();
        Response response = as(secretariat).contentType(JSON)
                .body(json("name", "Network " + acronym, "acronym", acronym, "region", "EUROPE", "category", "MEMBER_BASED",
                        "weight", weight))
                .post(url("networks"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        String id = response.jsonPath().getString("id");
        acronyms.put(id, acronym);
        return id;
    }

    /** A fresh delegate of the network, signed in; their token. */
    private String delegate(String secretariat, String networkId) {
        String username = "ballot.delegate." + suffix().toLowerCase(Locale.ROOT);
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
