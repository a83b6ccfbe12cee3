package io.journeyboard.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone talking to the server over real HTTP: anonymous, a browser session (cookie and CSRF
 * token) or a script with an API token.
 */
public final class Caller {

    private final HttpClient client;
    private final String base;
    private final List<String> credentials;
    private final long userId;

    Caller(HttpClient client, String base, List<String> credentials, long userId) {
        this.client = client;
        this.base = base;
        this.credentials = List.copyOf(credentials);
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Reply post(String path, String json, String... headers) {
        return send("POST", path, json, "application/json", headers);
    }

    public Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, "application/json", headers);
    }

    public Reply patch(String path, String json, String... headers) {
        return send("PATCH", path, json, "application/json", headers);
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** Any request; {@code headers} are name, value pairs. */
    public Reply send(String method, String path, String body, String contentType, String... headers) {
        return exchange(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                contentType,
                headers);
    }

    /** A request whose body is bytes, e.g. an upload that is not UTF-8 text. */
    public Reply sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), contentType, headers);
    }

    private Reply exchange(
            String method, String path, HttpRequest.BodyPublisher body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        List<String> all = new ArrayList<>(credentials);
        if (contentType != null) {
            all.add("Content-Type");
            all.add(contentType);
        }
        all.addAll(List.of(headers));
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The browser session a sign-up or sign-in answer opened: its cookie and CSRF token, on the same server. */
    public Caller session(Reply signedIn) {
        String cookie = signedIn.header("Set-Cookie").split(";")[0];
        JsonNode me = signedIn.json();
        return new Caller(
                client,
                base,
                List.of("Cookie", cookie, "X-CSRF-Token", me.get("csrfToken").asText()),
                me.get("user").get("id").asLong());
    }

    /** This caller without the CSRF header (a forged cross-site request would lack it). */
    public Caller withoutCsrf() {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < credentials.size(); i += 2) {
            if (!credentials.get(i).equals("X-CSRF-Token")) {
                kept.add(credentials.get(i));
                kept.add(credentials.get(i + 1));
            }
        }
        return new Caller(client, base, kept, userId);
    }
}
