package org.icsse.governance.operations.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * What ClusterIT says to the application: the REST API with a bearer token (no cookies), and the pages as a browser
 * does (its own cookies: one session), against one address — nginx or one instance directly.
 */
final class ClusterClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private ClusterClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** A client of the API: no cookies, so that each call may go to any instance. */
    static ClusterClient api(String base) {
        return new ClusterClient(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** A browser: keeps its cookies (its session) and follows redirects. */
    static ClusterClient browser(String base) {
        return new ClusterClient(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    String base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    // ------------------------------------------------------------------------------------------------ the API

    /** Sends an API call and returns the answer as it came. */
    HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends an API call that must answer {@code expected}; its JSON body. */
    JsonObject call(String method, String path, String token, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, token, json);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " (expected " + expected
                    + "): " + response.body());
        }
        return json(response.body());
    }

    static JsonObject json(String body) {
        JsonStructure parsed = Json.createReader(new StringReader(body)).read();
        return parsed instanceof JsonObject object ? object : Json.createObjectBuilder().build();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    /** A bearer token for the account. */
    String token(String username, String password) throws IOException, InterruptedException {
        return call("POST", "tokens", null, Json.createObjectBuilder().add("username", username).add("password", password)
                .build().toString(), 201).getString("token");
    }

    // ---------------------------------------------------------------------------------------------- the pages

    /** Signs in on the login page (the session then holds the login). */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = page("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> response = post("/login.xhtml", form, false);
        if (response.statusCode() != 200 || response.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + response.statusCode() + " at " + response.uri());
        }
    }

    /** GETs a page (following redirects: a page that needs a login ends on the login page). */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a form of a page, as a full request or as Faces ajax. */
    HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one of this browser's cookies. */
    Optional<String> cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Gives this browser a cookie for the application's path, as if the server had set it. */
    void giveCookie(String name, String value) {
        URI uri = URI.create(base);
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(uri.getPath());
        cookie.setVersion(0);
        ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().add(uri, cookie);
    }

    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }
}
