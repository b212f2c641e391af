package org.icsse.governance.operations.server;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * The application's REST API and pages as an outside client reaches them: plain {@code java.net.http}, JSON read with
 * JSON-P, no cookies kept unless the caller sends them.
 */
final class ServerApi {

    /** An answer: status, headers of interest and body. */
    record Reply(int status, String contentType, List<String> cookies, Optional<String> location, Optional<String> totalCount,
            String body) {

        JsonObject object() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI application;

    /** @param application the application's address, ending in {@code /governance/} */
    ServerApi(URI application) {
        this.application = application;
    }

    URI application() {
        return application;
    }

    /** {@code /api/v1/<path>} with the method, the bearer token (or null) and a JSON body (or null). */
    Reply call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.resolve("api/v1/" + path))
                .timeout(Duration.ofMinutes(2))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** As {@link #call}, and fails with the answer's body unless the status is the one expected. */
    Reply expect(int status, String method, String path, String token, String json) {
        Reply reply = call(method, path, token, json);
        if (reply.status() != status) {
            throw new AssertionError(method + " " + path + " answered " + reply.status() + " (expected " + status + "): "
                    + reply.body());
        }
        return reply;
    }

    /** A bearer token of the account, from {@code POST /api/v1/tokens}. */
    String token(String username, String password) {
        String credentials = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        return expect(201, "POST", "tokens", null, credentials).object().getString("token");
    }

    /** {@code GET} of a page of the application (relative to it) or of any address, with a cookie header (or null). */
    Reply get(String pathOrUri, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.resolve(pathOrUri)).timeout(Duration.ofMinutes(2)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /** {@code POST} of an HTML form (already URL-encoded) to a page, with a cookie header. */
    Reply postForm(String path, String cookie, String form) {
        HttpRequest request = HttpRequest.newBuilder(application.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request);
    }

    /** The status of a {@code GET}, or -1 while nothing answers. */
    int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().allValues("Set-Cookie"), response.headers().firstValue("Location"),
                    response.headers().firstValue("X-Total-Count"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
