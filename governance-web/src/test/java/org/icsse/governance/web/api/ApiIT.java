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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import groovy.json.JsonOutput;
import io.restassured.response.Response;
import org.icsse.governance.domain.account.LoginLock;
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
 * The REST API v1 as an outside client sees it, against the real WAR on Payara Micro: status codes,
 * problem answers, role checks and the member register's rules. Every test makes its own data with
 * random names, since the database is shared with the other *IT of the run. Runs on PostgreSQL, the
 * production database (tag {@code postgresql}); the pages' tests exercise the same services on H2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class ApiIT {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String CSV_HEADER = "name,acronym,region,category,weight\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- tokens

    @Test
    void readinessIsUpWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(Deployments.serverRoot(base).resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
    }

    @Test
    void rightPasswordGetsABearerTokenThatExpiresInTheFuture() {
        Response response = given().contentType(JSON).body(json("username", "chair", "password", Deployments.DEMO_PASSWORD))
                .post(url("tokens"));

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("token")).hasSizeGreaterThan(30);
        String expiresAt = response.jsonPath().getString("expiresAt");
        assertThat(expiresAt).endsWith("Z");
        assertThat(Instant.parse(expiresAt)).isAfter(Instant.now());
    }

    @Test
    void wrongPasswordOrUnknownUserGets401() {
        String username = newUser("SECRETARIAT", null);

        Response wrongPassword = given().contentType(JSON).body(json("username", username, "password", "not-the-password"))
                .post(url("tokens"));
        Response unknownUser = given().contentType(JSON).body(json("username", "nobody-" + suffix().toLowerCase(), "password", "whatever-123"))
                .post(url("tokens"));

        assertProblem(wrongPassword, 401);
        assertThat(wrongPassword.jsonPath().getString("detail")).containsIgnoringCase("wrong username or password");
        assertProblem(unknownUser, 401);
    }

    @Test
    void missingGarbageOrMalformedTokenGets401() {
        Response none = given().get(url("networks"));
        Response garbage = given().header("Authorization", "Bearer this-is-not-a-token").get(url("networks"));
        Response notBearer = given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get(url("networks"));

        assertProblem(none, 401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(garbage, 401);
        assertProblem(notBearer, 401);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        String username = newUser("CHAIR", null);
        Map<String, Object> wrong = Map.of("username", username, "password", "wrong-password-0");

        for (int attempt = 1; attempt <= 4; attempt++) {
            Response response = given().contentType(JSON).body(JsonOutput.toJson(wrong)).post(url("tokens"));
            assertProblem(response, 401);
            assertThat(response.jsonPath().getString("detail")).doesNotContainIgnoringCase("locked");
        }
        Response fifth = given().contentType(JSON).body(JsonOutput.toJson(wrong)).post(url("tokens"));
        Response rightAfterwards = given().contentType(JSON).body(json("username", username, "password", userPassword()))
                .post(url("tokens"));

        assertProblem(fifth, 401);
        assertThat(fifth.jsonPath().getString("detail")).containsIgnoringCase("locked");
        assertProblem(rightAfterwards, 401);
        assertThat(rightAfterwards.jsonPath().getString("detail")).containsIgnoringCase("locked");
        Response account = as(admin()).get(url("users"));
        Map<String, Object> shown = account.jsonPath().getMap("find { it.username == '" + username + "' }");
        assertThat(shown.get("lockedUntil")).isNotNull();
        assertThat(Instant.parse((String) shown.get("lockedUntil"))).isAfter(Instant.now());
    }

    /**
     * The login throttle under a burst: thirty wrong passwords for one account at the same instant. Each attempt is
     * counted exactly once (the account's row is locked while its count changes), so exactly four are told "wrong
     * password", the fifth locks the account and every later one is told it is locked; none fails with a 5xx (two
     * sign-ins changing the same account used to end in an optimistic-lock error), the lock is audited once, and the
     * right password is refused afterwards.
     */
    @Test
    void aBurstOfWrongPasswordsIsCountedExactlyLocksTheAccountOnceAndNeverFails() throws Exception {
        String username = newUser("CHAIR", null);
        int attempts = 30;
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String body = json("username", username, "password", "wrong-password-" + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(URI.create(url("tokens")))
                            .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            int wrong = 0;
            int locked = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                if (response.body().toLowerCase(Locale.ROOT).contains("locked")) {
                    locked++;
                } else {
                    wrong++;
                }
            }
            assertThat(wrong).as("attempts told only 'wrong password'").isEqualTo(LoginLock.MAX_FAILURES - 1);
            assertThat(locked).isEqualTo(attempts - wrong);
        } finally {
            pool.shutdownNow();
        }
        Response right = given().contentType(JSON).body(json("username", username, "password", userPassword())).post(url("tokens"));
        assertProblem(right, 401);
        assertThat(right.jsonPath().getString("detail")).containsIgnoringCase("locked");
        List<Map<String, Object>> entries = as(secretariat()).get(url("audit?limit=500")).jsonPath().getList("$");
        assertThat(entries).filteredOn(e -> username.equals(e.get("actor")) && "account.locked".equals(e.get("action"))).hasSize(1);
    }

    // ---------------------------------------------------------------- roles

    @Test
    void delegateMayReadTheRegisterButNotRegisterANetwork() {
        String delegate = token("delegate.gsef", Deployments.DEMO_PASSWORD);

        Response read = as(delegate).get(url("networks"));
        Response write = as(delegate).contentType(JSON).body(networkJson("Delegates' own network", newAcronym(), 1)).post(url("networks"));

        assertThat(read.statusCode()).isEqualTo(200);
        assertProblem(write, 403);
    }

    @Test
    void delegateAndChairMayNotReadAccountsOrTheAuditLog() {
        String delegate = token("delegate.ica", Deployments.DEMO_PASSWORD);
        String chair = token("chair", Deployments.DEMO_PASSWORD);

        assertProblem(as(delegate).get(url("users")), 403);
        assertProblem(as(chair).get(url("users")), 403);
        assertProblem(as(delegate).get(url("audit")), 403);
        assertProblem(as(chair).get(url("audit/verification")), 403);
        assertProblem(given().get(url("users")), 401);
    }

    @Test
    void delegateSeesTheDelegatesOfItsOwnNetworkOnly() {
        String delegate = token("delegate.gsef", Deployments.DEMO_PASSWORD);
        String gsef = networkId(delegate, "GSEF");
        String ica = networkId(delegate, "ICA");

        Response own = as(delegate).get(url("networks/" + gsef + "/delegates"));
        Response other = as(delegate).get(url("networks/" + ica + "/delegates"));
        Response bySecretariat = as(secretariat()).get(url("networks/" + ica + "/delegates"));

        assertThat(own.statusCode()).as(own.asString()).isEqualTo(200);
        assertThat(own.jsonPath().getList("username", String.class)).contains("delegate.gsef");
        assertThat(own.jsonPath().getList("networkId", String.class)).containsOnly(gsef);
        assertThat(own.asString()).doesNotContainIgnoringCase("password");
        assertProblem(other, 403);
        assertThat(bySecretariat.statusCode()).isEqualTo(200);
        assertThat(bySecretariat.jsonPath().getList("username", String.class)).contains("delegate.ica");
    }

    // ---------------------------------------------------------------- networks

    @Test
    void registeredNetworkIsAMemberWithItsLocationAndCanBeReadBack() {
        String acronym = newAcronym();

        Response created = as(secretariat()).contentType(JSON).body(networkJson("Réseau de test " + acronym, acronym, 2))
                .post(url("networks"));

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.jsonPath().getString("status")).isEqualTo("MEMBER");
        assertThat(created.jsonPath().getString("acronym")).isEqualTo(acronym);
        assertThat(created.jsonPath().getInt("weight")).isEqualTo(2);
        assertThat(created.asString()).contains("\"id\":\"" + id + "\"");
        assertThat(created.header("Location")).endsWith("/api/v1/networks/" + id);
        Response read = as(token("delegate.ica", Deployments.DEMO_PASSWORD)).get(created.header("Location"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getString("name")).isEqualTo("Réseau de test " + acronym);
        assertThat(read.jsonPath().getString("region")).isEqualTo("EUROPE");
        assertThat(read.jsonPath().getString("category")).isEqualTo("MEMBER_BASED");
    }

    @Test
    void listFiltersSortsPagesAndCountsTheWholeMatch() {
        String secretariat = secretariat();
        String prefix = newAcronym().substring(0, 7);
        for (int weight = 1; weight <= 3; weight++) {
            Response created = as(secretariat).contentType(JSON)
                    .body(networkJson("Listed " + prefix, prefix + "-" + weight, weight)).post(url("networks"));
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        }

        Response page = as(secretariat).get(url("networks?q=" + prefix + "&region=EUROPE&status=MEMBER&sort=-weight&offset=0&limit=2"));

        assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
        assertThat(page.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("3");
        assertThat(page.jsonPath().getList("weight", Integer.class)).containsExactly(3, 2);
        Response next = as(secretariat).get(url("networks?q=" + prefix + "&sort=-weight&offset=2&limit=2"));
        assertThat(next.jsonPath().getList("weight", Integer.class)).containsExactly(1);
        Response elsewhere = as(secretariat).get(url("networks?q=" + prefix + "&region=AFRICA"));
        assertThat(elsewhere.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
        assertThat(elsewhere.jsonPath().getList("$")).isEmpty();
    }

    @Test
    void badListParametersAre422NamingEachOne() {
        Response response = as(secretariat()).get(url("networks?sort=colour&limit=501&offset=-1&region=MARS"));

        assertProblem(response, 422);
        assertThat(fields(response)).contains("sort", "limit", "offset", "region");
    }

    @Test
    void patchChangesOnlyTheFieldsNamedAndFollowsTheStatusWorkflow() {
        String secretariat = secretariat();
        String id = newNetwork(secretariat, newAcronym());

        Response suspended = as(secretariat).contentType(JSON).body(json("status", "SUSPENDED", "weight", 5)).patch(url("networks/" + id));

        assertThat(suspended.statusCode()).as(suspended.asString()).isEqualTo(200);
        assertThat(suspended.jsonPath().getString("status")).isEqualTo("SUSPENDED");
        assertThat(suspended.jsonPath().getInt("weight")).isEqualTo(5);
        assertThat(suspended.jsonPath().getString("region")).isEqualTo("EUROPE");
    }

    @Test
    void illegalStatusTransitionIs409OnStatus() {
        String secretariat = secretariat();
        String id = newNetwork(secretariat, newAcronym());

        Response response = as(secretariat).contentType(JSON).body(json("status", "APPLICANT")).patch(url("networks/" + id));

        assertProblem(response, 409);
        assertThat(fields(response)).containsExactly("status");
        assertThat(response.jsonPath().getString("detail")).contains("MEMBER").contains("APPLICANT");
        assertThat(as(secretariat).get(url("networks/" + id)).jsonPath().getString("status")).isEqualTo("MEMBER");
    }

    @Test
    void duplicateAcronymIs409OnAcronymWhateverItsCase() {
        String secretariat = secretariat();
        String acronym = newAcronym();
        newNetwork(secretariat, acronym);

        Response response = as(secretariat).contentType(JSON).body(networkJson("Twin", acronym.toLowerCase(), 1)).post(url("networks"));

        assertProblem(response, 409);
        assertThat(fields(response)).containsExactly("acronym");
        assertThat(response.jsonPath().getString("detail")).contains(acronym);
    }

    @Test
    void invalidValuesAre422ListingEveryField() {
        Response response = as(secretariat()).contentType(JSON)
                .body(json("name", " ", "acronym", "x", "region", "MARS", "category", "CLUB", "weight", 0)).post(url("networks"));

        assertProblem(response, 422);
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "acronym", "region", "category", "weight");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Unprocessable Content");
        assertThat(response.jsonPath().getList("errors.message", String.class)).allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void messagesFollowAcceptLanguage() {
        Response french = as(secretariat()).header("Accept-Language", "fr-FR, en;q=0.5").contentType(JSON)
                .body(json("name", "Réseau", "acronym", newAcronym(), "region", "EUROPE", "category", "MEMBER_BASED", "weight", 0))
                .post(url("networks"));

        assertProblem(french, 422);
        assertThat(french.jsonPath().getString("errors[0].field")).isEqualTo("weight");
        assertThat(french.jsonPath().getString("errors[0].message")).startsWith("Le poids");
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        String secretariat = secretariat();

        Response truncated = as(secretariat).contentType(JSON).body("{\"name\": \"Broken\", \"acronym\": ").post(url("networks"));
        Response wrongType = as(secretariat).contentType(JSON)
                .body("{\"name\":\"Heavy\",\"acronym\":\"" + newAcronym() + "\",\"region\":\"EUROPE\",\"category\":\"MEMBER_BASED\",\"weight\":\"heavy\"}")
                .post(url("networks"));
        Response notAnObject = as(secretariat).contentType(JSON).body("[1, 2, 3]").post(url("networks"));
        Response wrongListType = as(secretariat).contentType(JSON).body("{\"name\":\"B\",\"code\":\"QQ\",\"networkIds\":\"all\"}")
                .post(url("bodies"));

        assertProblem(truncated, 400);
        assertProblem(wrongType, 400);
        assertProblem(notAnObject, 400);
        assertProblem(wrongListType, 400);
    }

    @Test
    void oversizedNameIs422AndNothingIsStored() {
        String secretariat = secretariat();
        String acronym = newAcronym();

        Response response = as(secretariat).contentType(JSON).body(networkJson("N".repeat(10_000), acronym, 1)).post(url("networks"));

        assertProblem(response, 422);
        assertThat(fields(response)).containsExactly("name");
        Response search = as(secretariat).get(url("networks?q=" + acronym));
        assertThat(search.header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String huge = "{\"name\":\"" + "x".repeat(1_200_000) + "\"}";

        Response response = as(secretariat()).contentType(JSON).body(huge).post(url("networks"));

        assertProblem(response, 413);
        assertThat(response.jsonPath().getString("detail")).contains("1048576");
    }

    @Test
    void markupInANameIsStoredAndReturnedAsPlainJsonText() {
        String secretariat = secretariat();
        String name = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"Co\"";
        String acronym = newAcronym();

        Response created = as(secretariat).contentType(JSON).body(networkJson(name, acronym, 1)).post(url("networks"));

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        Response read = as(secretariat).get(url("networks/" + created.jsonPath().getString("id")));
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.jsonPath().getString("name")).isEqualTo(name);
    }

    @Test
    void unknownIdsAndPathsAre404() {
        String secretariat = secretariat();

        assertProblem(as(secretariat).get(url("networks/987654321987")), 404);
        assertProblem(as(secretariat).get(url("networks/not-a-number")), 404);
        assertProblem(as(secretariat).get(url("users/987654321987")), 404);
        assertProblem(as(secretariat).get(url("bodies/987654321987")), 404);
        assertProblem(as(secretariat).contentType(JSON).body(json("weight", 2)).patch(url("networks/987654321987")), 404);
        assertProblem(as(secretariat).get(url("no-such-thing")), 404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String secretariat = secretariat();
        java.util.Map<String, java.net.http.HttpRequest> requests = new java.util.LinkedHashMap<>();
        requests.put("login page", java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "login.xhtml")).build());
        requests.put("page needing a login", java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "motions/list.xhtml")).build());
        requests.put("missing page", java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "no-such-page.xhtml")).build());
        requests.put("API", java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("networks")))
                .header("Authorization", "Bearer " + secretariat).build());
        requests.put("API without token", java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("networks"))).build());
        requests.put("public register", java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("decisions"))).build());

        for (java.util.Map.Entry<String, java.net.http.HttpRequest> request : requests.entrySet()) {
            java.net.http.HttpResponse<String> response = client.send(request.getValue(), java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(request.getKey()).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(request.getKey()).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(request.getKey()).contains("SAMEORIGIN");
            assertThat(headers.firstValue("Content-Security-Policy")).as(request.getKey()).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'self'").contains("object-src 'none'"));
        }
    }

    /**
     * Scripts under the Content-Security-Policy: PrimeFaces (primefaces.CSP in web.xml) adds a second policy,
     * {@code script-src 'self' 'nonce-…'}, fresh on every response, and renders every script of the page with that
     * nonce and no inline event handler, so markup slipped into a text cannot run a script. A browser applies both
     * policies.
     */
    @Test
    void pagesRunOnlyTheirOwnScriptsEachCarryingTheResponsesNonce() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build();
        HttpResponse<String> first = client.send(login, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(login, HttpResponse.BodyHandlers.ofString());

        String nonce = scriptNonce(first);
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(scriptNonce(second));
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            String tag = scripts.group();
            count++;
            assertThat(tag).as("every script carries the nonce").contains("nonce=\"" + nonce + "\"");
            if (tag.contains(" src=")) {
                assertThat(tag).as("scripts come from this application").contains("src=\"" + URI.create(base.toString()).getPath());
            }
        }
        assertThat(count).as("the login page has PrimeFaces' scripts").isPositive();
        assertThat(first.body()).doesNotContainPattern("\\son[a-z]+=\"");
    }

    private static String scriptNonce(HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("our policy and PrimeFaces' script policy").hasSize(2);
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                .matcher(String.join(",", policies));
        assertThat(nonce.find()).as(policies.toString()).isTrue();
        return nonce.group(1);
    }

    @Test
    void wrongMethodAndWrongMediaTypeAreProblemsToo() {
        String secretariat = secretariat();

        Response method = as(secretariat).delete(url("networks"));
        Response media = as(secretariat).contentType("text/plain").body("name=x").post(url("networks"));

        assertProblem(method, 405);
        assertProblem(media, 415);
    }

    // ---------------------------------------------------------------- CSV import

    @Test
    void csvWithBadRowsIs422NamingEachLineAndImportsNothing() {
        String secretariat = secretariat();
        String good = newAcronym();
        String csv = CSV_HEADER
                + "Good Network," + good + ",EUROPE,MEMBER_BASED,1\n"
                + "Bad Region," + newAcronym() + ",MARS,MEMBER_BASED,1\n"
                + "Fine Too," + newAcronym() + ",AFRICA,ACTION_ADVOCACY,2\n"
                + "Bad Weight," + newAcronym() + ",ASIA_PACIFIC,MEMBER_BASED,heavy\n";

        Response response = as(secretariat).contentType(CSV).body(csv).post(url("networks/import"));

        assertProblem(response, 422);
        assertThat(response.jsonPath().getList("errors.line", Integer.class)).containsExactly(3, 5);
        assertThat(fields(response)).containsExactly("region", "weight");
        assertThat(as(secretariat).get(url("networks?q=" + good)).header(GovernanceApi.TOTAL_COUNT)).isEqualTo("0");
    }

    @Test
    void goodCsvIsImportedWhole() {
        String secretariat = secretariat();
        String first = newAcronym();
        String second = newAcronym();
        String csv = CSV_HEADER + "First Imported," + first + ",EUROPE,MEMBER_BASED,1\n"
                + "\"Second, Imported\"," + second + ",GLOBAL,INTERNATIONAL_NETWORK,3\n";

        Response response = as(secretariat).contentType(CSV).body(csv).post(url("networks/import"));

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getInt("imported")).isEqualTo(2);
        assertThat(response.jsonPath().getList("networks.acronym", String.class)).containsExactly(first, second);
        Response read = as(secretariat).get(url("networks?q=" + second));
        assertThat(read.jsonPath().getList("name", String.class)).containsExactly("Second, Imported");
    }

    @Test
    void onlyTheSecretariatImports() {
        Response response = as(token("delegate.ica", Deployments.DEMO_PASSWORD)).contentType(CSV)
                .body(CSV_HEADER + "X," + newAcronym() + ",EUROPE,MEMBER_BASED,1\n").post(url("networks/import"));

        assertProblem(response, 403);
    }

    // ---------------------------------------------------------------- users

    @Test
    void secretariatOpensReadsAndEditsAnAccountWithoutEverShowingItsPassword() {
        String secretariat = secretariat();
        String gsef = networkId(secretariat, "GSEF");
        String username = "api.user." + suffix().toLowerCase();

        Response created = as(secretariat).contentType(JSON).body(userJson(username, List.of("DELEGATE"), gsef)).post(url("users"));

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/users/" + id);
        assertThat(created.jsonPath().getString("networkId")).isEqualTo(gsef);
        assertThat(created.jsonPath().getList("roles", String.class)).containsExactly("DELEGATE");
        assertThat(created.jsonPath().getMap("$")).containsKey("lockedUntil");
        Response patched = as(secretariat).contentType(JSON).body(json("displayName", "Renamed Person", "language", "fr"))
                .patch(url("users/" + id));
        assertThat(patched.statusCode()).as(patched.asString()).isEqualTo(200);
        assertThat(patched.jsonPath().getString("displayName")).isEqualTo("Renamed Person");
        assertThat(patched.jsonPath().getString("language")).isEqualTo("FR");
        assertThat(patched.jsonPath().getString("email")).isEqualTo(username + "@example.org");
        Response list = as(secretariat).get(url("users"));
        assertThat(list.jsonPath().getList("username", String.class)).contains(username, "admin");
        for (Response response : List.of(created, patched, list, as(secretariat).get(url("users/" + id)))) {
            assertThat(response.asString()).doesNotContainIgnoringCase("password").doesNotContain("PBKDF2");
        }
    }

    @Test
    void delegateWithoutNetworkIs422OnNetworkId() {
        Response response = as(secretariat()).contentType(JSON)
                .body(userJson("api.lonely." + suffix().toLowerCase(), List.of("DELEGATE"), null)).post(url("users"));

        assertProblem(response, 422);
        assertThat(fields(response)).contains("networkId");
    }

    @Test
    void duplicateUsernameIs409() {
        String secretariat = secretariat();

        Response response = as(secretariat).contentType(JSON).body(userJson("chair", List.of("CHAIR"), null)).post(url("users"));

        assertProblem(response, 409);
        assertThat(fields(response)).containsExactly("username");
    }

    // ---------------------------------------------------------------- bodies

    @Test
    void bodyIsCreatedWithItsRulesAndMembersThenPatched() {
        String secretariat = secretariat();
        String one = newNetwork(secretariat, newAcronym());
        String two = newNetwork(secretariat, newAcronym());
        String code = newCode();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "Working Group " + code);
        request.put("code", code);
        request.put("networkIds", List.of(one, two));
        request.put("quorum", Map.of("networksPercent", 60, "weightPercent", 10));
        request.put("majority", "ABSOLUTE");
        request.put("secondsRequired", 2);
        request.put("proxyCap", 3);

        Response created = as(secretariat).contentType(JSON).body(JsonOutput.toJson(request)).post(url("bodies"));

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/bodies/" + id);
        assertThat(created.jsonPath().getString("code")).isEqualTo(code);
        assertThat(created.jsonPath().getList("networkIds", String.class)).containsExactlyInAnyOrder(one, two);
        assertThat(created.jsonPath().getInt("quorum.networksPercent")).isEqualTo(60);
        assertThat(created.jsonPath().getInt("quorum.weightPercent")).isEqualTo(10);
        assertThat(created.jsonPath().getString("majority")).isEqualTo("ABSOLUTE");
        assertThat(created.jsonPath().getInt("secondsRequired")).isEqualTo(2);
        assertThat(created.jsonPath().getInt("proxyCap")).isEqualTo(3);

        Response patched = as(secretariat).contentType(JSON)
                .body(JsonOutput.toJson(Map.of("quorum", Map.of("weightPercent", 25), "majority", "TWO_THIRDS", "networkIds", List.of(two))))
                .patch(url("bodies/" + id));

        assertThat(patched.statusCode()).as(patched.asString()).isEqualTo(200);
        assertThat(patched.jsonPath().getInt("quorum.networksPercent")).isEqualTo(60);
        assertThat(patched.jsonPath().getInt("quorum.weightPercent")).isEqualTo(25);
        assertThat(patched.jsonPath().getString("majority")).isEqualTo("TWO_THIRDS");
        assertThat(patched.jsonPath().getList("networkIds", String.class)).containsExactly(two);
        Response read = as(token("delegate.gsef", Deployments.DEMO_PASSWORD)).get(url("bodies/" + id));
        assertThat(read.jsonPath().getString("name")).isEqualTo("Working Group " + code);
        assertThat(as(secretariat).get(url("bodies")).jsonPath().getList("code", String.class)).contains(code, "GA");
    }

    @Test
    void badBodyIs422OnEachFieldAndDuplicateCodeIs409() {
        String secretariat = secretariat();
        Response invalid = as(secretariat).contentType(JSON)
                .body(JsonOutput.toJson(Map.of("name", "Bad", "code", "g1", "networkIds", List.of("987654321987"),
                        "quorum", Map.of("networksPercent", 150), "majority", "MOST", "proxyCap", 99)))
                .post(url("bodies"));
        Response duplicate = as(secretariat).contentType(JSON).body(json("name", "Another Assembly", "code", "GA")).post(url("bodies"));

        assertProblem(invalid, 422);
        assertThat(fields(invalid)).contains("code", "networkIds", "quorum.networksPercent", "majority", "proxyCap");
        assertProblem(duplicate, 409);
        assertThat(fields(duplicate)).containsExactly("code");
    }

    // ---------------------------------------------------------------- audit

    @Test
    void auditLogShowsTheChangeAndItsChainIsIntact() {
        String secretariat = secretariat();
        String id = newNetwork(secretariat, newAcronym());
        as(secretariat).contentType(JSON).body(json("weight", 7)).patch(url("networks/" + id));

        Response log = as(secretariat).get(url("audit?offset=0&limit=100"));
        Response verification = as(admin()).get(url("audit/verification"));

        assertThat(log.statusCode()).as(log.asString()).isEqualTo(200);
        assertThat(Long.parseLong(log.header(GovernanceApi.TOTAL_COUNT))).isPositive();
        Map<String, Object> update = log.jsonPath().getMap("find { it.action == 'network.updated' && it.subjectId == '" + id + "' }");
        assertThat(update).isNotNull().containsEntry("actor", "secretariat");
        assertThat(log.jsonPath().getInt("find { it.subjectId == '" + id + "' && it.action == 'network.updated' }.after.weight")).isEqualTo(7);
        assertThat(log.jsonPath().getInt("find { it.subjectId == '" + id + "' && it.action == 'network.updated' }.before.weight")).isEqualTo(1);
        assertThat(log.jsonPath().getMap("find { it.subjectId == '" + id + "' && it.action == 'network.registered' }"))
                .containsEntry("before", null);
        assertThat(verification.statusCode()).as(verification.asString()).isEqualTo(200);
        assertThat(verification.jsonPath().getBoolean("intact")).isTrue();
        assertThat(verification.jsonPath().getLong("intactEntries")).isPositive();
        assertThat(verification.jsonPath().getMap("$")).containsEntry("brokenAtSequence", null).containsEntry("reason", null);
    }

    @Test
    void badAuditPagingIs422() {
        assertProblem(as(secretariat()).get(url("audit?limit=0")), 422);
    }

    // ---------------------------------------------------------------- helpers

    private String url(String path) {
        return Api.url(base, path);
    }

    private String token(String username, String password) {
        return Api.token(base, username, password);
    }

    private String secretariat() {
        return token("secretariat", Deployments.DEMO_PASSWORD);
    }

    private String admin() {
        return token("admin", Deployments.ADMIN_PASSWORD);
    }

    /** A fresh account with the demonstration password of fresh accounts; returns its username. */
    private String newUser(String role, String networkId) {
        String username = "api." + role.toLowerCase() + "." + suffix().toLowerCase();
        Response response = as(secretariat()).contentType(JSON).body(userJson(username, List.of(role), networkId)).post(url("users"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return username;
    }

    private static String userPassword() {
        return "fresh-account-2026";
    }

    private static String userJson(String username, List<String> roles, String networkId) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("password", userPassword());
        user.put("displayName", "Person " + username);
        user.put("email", username + "@example.org");
        user.put("language", "EN");
        user.put("roles", roles);
        if (networkId != null) {
            user.put("networkId", networkId);
        }
        return JsonOutput.toJson(user);
    }

    private String newNetwork(String token, String acronym) {
        Response response = as(token).contentType(JSON).body(networkJson("Network " + acronym, acronym, 1)).post(url("networks"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    private String networkId(String token, String acronym) {
        Response response = as(token).get(url("networks?q=" + acronym + "&limit=500"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath().getString("find { it.acronym == '" + acronym + "' }.id");
    }

    private static String networkJson(String name, String acronym, int weight) {
        return json("name", name, "acronym", acronym, "region", "EUROPE", "category", "MEMBER_BASED", "weight", weight);
    }

    /** 2 capital letters then 8 random letters and digits: an acronym nobody else uses. */
    private static String newAcronym() {
        return "T" + suffix();
    }
}
