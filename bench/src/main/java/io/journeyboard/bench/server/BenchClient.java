package io.journeyboard.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A signed-in user of the server under test, over HTTP/1.1 on loopback. */
final class BenchClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private String cookie;
    private String csrf;

    BenchClient(String base) {
        this.base = base;
    }

    /** Signs up a new account and keeps its session. */
    BenchClient signUp(String email) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                request(
                                "/api/v1/auth/sign-up",
                                "POST",
                                "{\"email\":\"" + email + "\",\"name\":\"Bench\",\"password\":\"bench password 1\"}",
                                "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expect(answer, 201);
        cookie = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        csrf = MAPPER.readTree(answer.body()).get("csrfToken").asText();
        return this;
    }

    /** A new workspace; answers its id. */
    String workspace(String name) throws IOException, InterruptedException {
        return json(send("/api/v1/workspaces", "POST", "{\"name\":\"" + name + "\"}", "application/json"), 201)
                .get("id")
                .asText();
    }

    HttpResponse<String> send(String path, String method, String body, String contentType)
            throws IOException, InterruptedException {
        return http.send(request(path, method, body, contentType).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request with this user's session; {@code body} may be null. */
    HttpRequest.Builder request(String path, String method, String body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (cookie != null) {
            builder.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return builder;
    }

    static JsonNode json(HttpResponse<String> answer, int expected) throws IOException {
        expect(answer, expected);
        return MAPPER.readTree(answer.body());
    }

    static void expect(HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(
                    answer.request().method() + " " + answer.request().uri() + " answered " + answer.statusCode()
                            + " (expected " + expected + "): " + answer.body());
        }
    }
}
