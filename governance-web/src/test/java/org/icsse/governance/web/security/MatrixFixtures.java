package org.icsse.governance.web.security;

import static io.restassured.RestAssured.given;
import static org.icsse.governance.web.it.Api.JSON;
import static org.icsse.governance.web.it.Api.as;
import static org.icsse.governance.web.it.Api.json;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import groovy.json.JsonOutput;
import io.restassured.response.Response;
import org.icsse.governance.web.it.Api;
import org.icsse.governance.web.it.Deployments;
import org.icsse.governance.web.it.Fixtures;

/**
 * The objects a row of the matrix names with {@code $name}, built through the API for one cell at a time
 * (see the fixture table of {@code docs/authorization-matrix.md}), on the demonstration coalition: GSEF is the
 * network concerned, ICA another member of the General Assembly, SSEIF a third that seconds and holds proxies.
 */
final class MatrixFixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([a-z][A-Za-z]*)(\\.[a-z][A-Za-z]*)?");

    private final URL base;
    final String gsefDelegate;
    final String icaDelegate;
    final String sseifDelegate;
    final String chair;
    final String secretariat;
    final String admin;
    final String gsef;
    final String ica;
    final String sseif;
    final String ga;

    MatrixFixtures(URL base) {
        this.base = base;
        gsefDelegate = Api.token(base, "delegate.gsef", Deployments.DEMO_PASSWORD);
        icaDelegate = Api.token(base, "delegate.ica", Deployments.DEMO_PASSWORD);
        sseifDelegate = Api.token(base, "delegate.sseif", Deployments.DEMO_PASSWORD);
        chair = Api.token(base, "chair", Deployments.DEMO_PASSWORD);
        secretariat = Api.token(base, "secretariat", Deployments.DEMO_PASSWORD);
        admin = Api.token(base, "admin", Deployments.ADMIN_PASSWORD);
        gsef = networkId("GSEF");
        ica = networkId("ICA");
        sseif = networkId("SSEIF");
        ga = expect(as(secretariat).get(url("bodies")), 200).jsonPath()
                .getString("find { it.code == 'GA' }.id");
        if (ga == null) {
            throw new IllegalStateException("the demonstration has no General Assembly");
        }
    }

    /** The fixtures of one cell: each name is built the first time the cell uses it. */
    Cell cell() {
        return new Cell();
    }

    final class Cell {

        private final Map<String, String> values = new HashMap<>();

        /** The text with every {@code $name} and {@code $name.part} replaced by this cell's object. */
        String resolve(String text) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String key = matcher.group(2) == null ? name : name + matcher.group(2);
                if (!values.containsKey(name)) {
                    values.putAll(build(name));
                }
                String value = values.get(key);
                if (value == null) {
                    throw new IllegalArgumentException("no fixture " + matcher.group());
                }
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(resolved);
            return resolved.toString();
        }
    }

    /** The object {@code name} and its parts ({@code name.part}), built fresh. */
    private Map<String, String> build(String name) {
        return switch (name) {
            case "gsef" -> Map.of(name, gsef);
            case "ica" -> Map.of(name, ica);
            case "sseif" -> Map.of(name, sseif);
            case "ga" -> Map.of(name, ga);
            case "unique" -> Map.of(name, Fixtures.letters(8));
            case "deadline" -> Map.of(name, Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
            // what the remote-ballot form of the motion page takes: two days ahead is in the future in every zone
            case "deadlineText" -> Map.of(name, LocalDateTime.now(ZoneOffset.UTC).plusDays(2)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            case "network" -> Map.of(name, network());
            case "body" -> Map.of(name, body());
            case "user" -> Map.of(name, user());
            case "adminAccount" -> Map.of(name, expect(as(admin).get(url("users")), 200).jsonPath()
                    .getString("find { it.username == 'admin' }.id"));
            case "draft" -> Map.of(name, motion(true));
            case "submitted" -> Map.of(name, motion(false));
            case "seconded" -> Map.of(name, seconded());
            case "admitted" -> Map.of(name, admitted());
            case "translated" -> Map.of(name, translated());
            case "meeting" -> Map.of(name, meeting());
            case "item" -> item();
            case "sitting" -> sitting();
            case "adjourned" -> Map.of(name, adjourned());
            case "present" -> Map.of(name, present());
            case "proxied" -> Map.of(name, proxied());
            case "drafted" -> drafted();
            case "circulated" -> Map.of(name, circulated());
            case "ballot" -> ballot();
            case "voted" -> Map.of(name, voted());
            case "closed" -> Map.of(name, closed());
            case "secret" -> Map.of(name, secret());
            case "proxyBallot" -> Map.of(name, proxyBallot());
            case "onItem" -> Map.of(name, onItem());
            default -> throw new IllegalArgumentException("no fixture $" + name);
        };
    }

    // ---------------------------------------------------------------- the register

    private String network() {
        String acronym = Fixtures.letters(8);
        return created(secretariat, "networks", json("name", "Network " + acronym, "acronym", acronym, "region", "EUROPE",
                "category", "MEMBER_BASED", "weight", 1));
    }

    private String body() {
        String code = Fixtures.letters(8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Body " + code);
        body.put("code", code);
        body.put("networkIds", List.of(gsef, ica));
        body.put("quorum", Map.of("networksPercent", 50, "weightPercent", 0));
        body.put("majority", "SIMPLE");
        body.put("secondsRequired", 1);
        body.put("proxyCap", 1);
        return created(secretariat, "bodies", JsonOutput.toJson(body));
    }

    private String user() {
        String username = "matrix." + Fixtures.letters(8).toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("password", "fresh-account-2026");
        user.put("displayName", "Matrix " + username);
        user.put("email", username + "@example.org");
        user.put("language", "EN");
        user.put("roles", List.of("DELEGATE"));
        user.put("networkId", sseif);
        return created(secretariat, "users", JsonOutput.toJson(user));
    }

    // ---------------------------------------------------------------- motions

    /** A motion of GSEF in the General Assembly: a private draft, or submitted. */
    private String motion(boolean draft) {
        Map<String, Object> motion = new LinkedHashMap<>();
        motion.put("bodyId", ga);
        motion.put("title", "Matrix motion " + Fixtures.letters(6));
        motion.put("text", "The General Assembly resolves to act.");
        motion.put("rationale", "Because it matters.");
        motion.put("language", "EN");
        motion.put("draft", draft);
        return created(gsefDelegate, "motions", JsonOutput.toJson(motion));
    }

    private String seconded() {
        String id = motion(false);
        expect(as(sseifDelegate).post(url("motions/" + id + "/seconds")), 201);
        return id;
    }

    private String admitted() {
        String id = seconded();
        expect(as(chair).post(url("motions/" + id + "/admission")), 200);
        return id;
    }

    private String translated() {
        String id = motion(false);
        expect(as(gsefDelegate).contentType(JSON).body(json("title", "Motion traduite", "text", "L'assemblée décide."))
                .put(url("motions/" + id + "/translations/FR")), 200);
        return id;
    }

    // ---------------------------------------------------------------- meetings and minutes

    private String meeting() {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("bodyId", ga);
        meeting.put("title", "Matrix sitting " + Fixtures.letters(6));
        meeting.put("start", "2027-03-01T09:00");
        meeting.put("end", "2027-03-01T17:00");
        meeting.put("timeZone", "Europe/Paris");
        meeting.put("venue", "Online");
        return created(secretariat, "meetings", JsonOutput.toJson(meeting));
    }

    /** A planned meeting with one free item: the item ({@code item}) and its meeting ({@code item.meeting}). */
    private Map<String, String> item() {
        String meeting = meeting();
        return Map.of("item", freeItem(meeting), "item.meeting", meeting);
    }

    private String freeItem(String meeting) {
        Response added = expect(as(secretariat).contentType(JSON).body(json("kind", "REPORT", "title", "Report"))
                .post(url("meetings/" + meeting + "/agenda")), 201);
        List<String> ids = added.jsonPath().getList("agenda.id", String.class);
        return ids.get(ids.size() - 1);
    }

    private Map<String, String> sitting() {
        String meeting = meeting();
        String item = freeItem(meeting);
        expect(as(chair).post(url("meetings/" + meeting + "/opening")), 200);
        return Map.of("sitting", meeting, "sitting.item", item);
    }

    private String adjourned() {
        String meeting = sitting().get("sitting");
        expect(as(chair).post(url("meetings/" + meeting + "/adjournment")), 200);
        return meeting;
    }

    private String present() {
        String meeting = sitting().get("sitting");
        expect(as(chair).put(url("meetings/" + meeting + "/attendance/" + gsef)), 200);
        return meeting;
    }

    private String proxied() {
        String meeting = meeting();
        giveProxy(gsefDelegate, meeting, sseif);
        return meeting;
    }

    private void giveProxy(String delegate, String meeting, String holder) {
        expect(as(delegate).contentType(JSON).body(json("holderNetworkId", holder)).put(url("meetings/" + meeting + "/proxy")), 200);
    }

    private Map<String, String> drafted() {
        Map<String, String> sitting = sitting();
        String meeting = sitting.get("sitting");
        expect(as(secretariat).post(url("meetings/" + meeting + "/minutes")), 201);
        expect(as(secretariat).contentType(JSON).body(json("html", "<p>Draft section " + Fixtures.letters(8) + "</p>"))
                .put(url("meetings/" + meeting + "/minutes/sections/" + sitting.get("sitting.item"))), 200);
        return Map.of("drafted", meeting, "drafted.item", sitting.get("sitting.item"));
    }

    private String circulated() {
        String meeting = drafted().get("drafted");
        expect(as(secretariat).post(url("meetings/" + meeting + "/minutes/circulation")), 200);
        return meeting;
    }

    // ---------------------------------------------------------------- ballots

    /** An open remote named ballot ({@code ballot}) on an admitted motion ({@code ballot.motion}). */
    private Map<String, String> ballot() {
        String motion = admitted();
        return Map.of("ballot", remoteBallot(motion, false), "ballot.motion", motion);
    }

    private String remoteBallot(String motion, boolean secret) {
        return created(chair, "ballots", json("motionId", motion, "secret", secret, "closesAt",
                Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    private String voted() {
        String ballot = ballot().get("ballot");
        vote(ballot);
        return ballot;
    }

    private void vote(String ballot) {
        expect(as(gsefDelegate).contentType(JSON).body(json("choice", "FOR")).put(url("ballots/" + ballot + "/votes/" + gsef)), 200);
    }

    private String closed() {
        String ballot = voted();
        expect(as(chair).post(url("ballots/" + ballot + "/closure")), 200);
        return ballot;
    }

    private String secret() {
        String ballot = remoteBallot(admitted(), true);
        vote(ballot);
        expect(as(chair).post(url("ballots/" + ballot + "/closure")), 200);
        return ballot;
    }

    /** A ballot in a sitting on an admitted motion, GSEF having given its proxy to ICA before the sitting. */
    private String proxyBallot() {
        String motion = admitted();
        String meeting = meeting();
        giveProxy(gsefDelegate, meeting, ica);
        sitOn(meeting, motion);
        return created(chair, "ballots", json("motionId", motion));
    }

    /** A sitting whose current item is an admitted motion of GSEF, no ballot opened yet. */
    private String onItem() {
        String meeting = meeting();
        sitOn(meeting, admitted());
        return meeting;
    }

    /** Puts the motion on the planned meeting's agenda, opens the sitting and takes up the motion. */
    private void sitOn(String meeting, String motion) {
        Response added = expect(as(secretariat).contentType(JSON).body(json("motionId", motion))
                .post(url("meetings/" + meeting + "/agenda")), 201);
        List<String> items = added.jsonPath().getList("agenda.id", String.class);
        expect(as(chair).post(url("meetings/" + meeting + "/opening")), 200);
        expect(as(chair).contentType(JSON).body(json("itemId", items.get(items.size() - 1)))
                .post(url("meetings/" + meeting + "/current-item")), 200);
    }

    // ---------------------------------------------------------------- helpers

    String url(String path) {
        return Api.url(base, path);
    }

    private String networkId(String acronym) {
        String id = expect(as(secretariat).get(url("networks?q=" + acronym)), 200).jsonPath()
                .getString("find { it.acronym == '" + acronym + "' }.id");
        if (id == null) {
            throw new IllegalStateException("the demonstration has no network " + acronym);
        }
        return id;
    }

    private String created(String token, String path, String body) {
        return expect(as(token).contentType(JSON).body(body).post(url(path)), 201).jsonPath().getString("id");
    }

    /** The response, when it has the status; else the fixture cannot be built and the test stops, saying why. */
    static Response expect(Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("fixture: expected " + status + ", got " + response.statusCode() + " "
                    + response.asString());
        }
        return response;
    }

    static io.restassured.specification.RequestSpecification anonymous() {
        return given();
    }
}
