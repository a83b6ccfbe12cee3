package io.journeyboard.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.JourneyboardServer;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A running server and ways to call it as different people. */
public final class TestServer implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger USERS = new AtomicInteger();

    private final JourneyboardServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    TestServer(JourneyboardServer server) {
        this.server = server;
        this.base = "http://localhost:" + server.port();
    }

    public JourneyboardServer server() {
        return server;
    }

    public Caller anonymous() {
        return new Caller(client, base, List.of(), 0);
    }

    /** Signs up a new user with a unique e-mail starting with {@code name}, signed in by browser session. */
    public Caller signUp(String name) {
        String email = name + "-" + USERS.incrementAndGet() + "@example.org";
        Reply reply = anonymous()
                .post(
                        "/api/v1/auth/sign-up",
                        "{\"email\":\"" + email + "\",\"name\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return session(reply);
    }

    /** Signs in with e-mail and password; the caller carries the session cookie and CSRF token. */
    public Caller signIn(String email, String password) {
        Reply reply = anonymous()
                .post("/api/v1/auth/sign-in", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return session(reply);
    }

    private Caller session(Reply reply) {
        return anonymous().session(reply);
    }

    /** A script's view: the same user through a new API token instead of the session. */
    public Caller withApiToken(Caller user) {
        Reply reply = user.post("/api/v1/me/tokens", "{\"name\":\"test script\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Caller(
                client,
                base,
                List.of("Authorization", "Bearer " + reply.json().get("token").asText()),
                user.userId());
    }

    @Override
    public void close() {
        server.stop();
    }
}
