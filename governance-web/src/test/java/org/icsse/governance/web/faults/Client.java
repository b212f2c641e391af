package org.icsse.governance.web.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import io.restassured.path.json.JsonPath;

/**
 * A plain HTTP client of one running server, safe to share between threads (the crash test casts from many):
 * every call answers a {@link Reply}, or throws {@link IOException} when no answer came (the server died, the
 * connection was refused or reset) — the difference between an acknowledged cast and one that was not.
 */
final class Client {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI application;

    Client(MicroProcess server) {
        this.application = server.application();
    }

    /** An answer: its status, media type, {@code Retry-After} header and body. */
    record Reply(int status, String contentType, Optional<String> retryAfter, String body) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Calls {@code /api/v1/<path>} with the method, the bearer token (may be null) and a body of that media type (may be null). */
    Reply call(String method, String path, String token, String mediaType, String body, String language) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", mediaType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request.build());
    }

    /** As {@link #call}, with a JSON body (or none) in English. */
    Reply json(String method, String path, String token, String body) throws IOException {
        return call(method, path, token, "application/json", body, null);
    }

    /** {@code GET} of any address of the server (the health checks live outside the application). */
    Reply get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private Reply send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After"), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
