package org.icsse.governance.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The application's REST API as the benchmarks call it: java.net.http, JSON read with JSON-P. */
final class Api {

    private final HttpClient client;
    private final String base;

    Api(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    String base() {
        return base;
    }

    HttpClient client() {
        return client;
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path))
                .timeout(Duration.ofMinutes(5)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Sends, expects the status, and returns the JSON body. */
    JsonObject call(String method, String path, String token, String json, int expected) {
        HttpRequest.Builder builder = request(path, token);
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = send(builder.build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " (expected "
                    + expected + "): " + response.body());
        }
        JsonStructure parsed = Json.createReader(new StringReader(response.body())).read();
        return parsed instanceof JsonObject object ? object : Json.createObjectBuilder().build();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A token for the account. */
    String token(String username, String password) {
        return call("POST", "tokens", null, Json.createObjectBuilder().add("username", username).add("password", password)
                .build().toString(), 201).getString("token");
    }
}
