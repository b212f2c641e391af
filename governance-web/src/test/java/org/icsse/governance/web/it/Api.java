package org.icsse.governance.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import groovy.json.JsonOutput;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the black-box tests of the REST API share: addresses, tokens, JSON bodies, and the problem checks. */
public final class Api {

    public static final String JSON = "application/json; charset=UTF-8";
    public static final String PROBLEM = "application/problem+json";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Api() {
    }

    /** The address of an API path on the deployed application. */
    public static String url(URL base, String path) {
        return base.toString().replaceAll("/$", "") + "/api/v1/" + path;
    }

    /** A request that carries the bearer token. */
    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Signs in through {@code POST /tokens}; the token. */
    public static String token(URL base, String username, String password) {
        Response response = given().contentType(JSON).body(json("username", username, "password", password))
                .post(url(base, "tokens"));
        assertThat(response.statusCode()).as("token for " + username + ": " + response.asString()).isEqualTo(201);
        return response.jsonPath().getString("token");
    }

    /** A JSON object of the keys and values given in turn. */
    public static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JsonOutput.toJson(map);
    }

    /** The fields a problem names. */
    public static List<String> fields(Response problem) {
        return problem.jsonPath().getList("errors.field", String.class);
    }

    /** An error answer in the contract's shape, that tells nothing of the code behind it. */
    public static void assertProblem(Response response, int status) {
        assertProblem("", response, status);
    }

    /** As {@link #assertProblem(Response, int)}, saying what was tried when it fails. */
    public static void assertProblem(String what, Response response, int status) {
        String body = what + " " + response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.contentType()).as(body).startsWith(PROBLEM);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("type")).isNotBlank();
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.jsonPath().getList("errors")).isNotNull();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("org.icsse").doesNotContain("jakarta.");
    }

    /** 8 random capital letters: a body code nobody else uses. */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return code.toString();
    }

    /** {@code Z} and 8 random capital letters and digits: the end of a name nobody else uses. */
    public static String suffix() {
        StringBuilder text = new StringBuilder("Z");
        for (int i = 0; i < 8; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
