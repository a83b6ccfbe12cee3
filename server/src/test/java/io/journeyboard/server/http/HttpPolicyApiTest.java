package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every answer promises a browser, and how the server reads what it is sent (headers, bodies, ETags). */
class HttpPolicyApiTest {

    @TempDir
    Path data;

    private Backend backend;
    private TestServer server;

    @BeforeEach
    void start() {
        backend = Backend.h2(data);
        server = backend.start();
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPrivateJsonIsNotStored() {
        Caller owner = server.signUp("owner");
        Reply privateJson = owner.get("/api/v1/me");
        Reply page = server.anonymous().get("/");
        Reply problem = server.anonymous().get("/api/v1/no-such-thing");

        for (Reply reply : new Reply[] {privateJson, page, problem}) {
            assertThat(reply.header("Content-Security-Policy"))
                    .as(reply.toString())
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(privateJson.header("Cache-Control")).isEqualTo("no-store");
        assertThat(problem.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void problemAnswersDeclareUtf8() {
        Reply problem = server.anonymous().get("/api/v1/workspaces/caf\u00e9");

        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.header("Content-Type"))
                .isEqualToIgnoringWhitespace("application/problem+json;charset=utf-8");
    }

    @Test
    void aWeakETagInIfMatchIsRefusedWith412AndNothingIsWritten() {
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        String etag = owner.get(path).etag();

        Reply weak = owner.put(
                path, Fixtures.journey("j1").replace("\"name\":\"", "\"name\":\"Renamed "), "If-Match", "W/" + etag);

        assertThat(weak.status()).as(weak.toString()).isEqualTo(412);
        assertThat(weak.json().get("detail").asText()).contains("weak ETag");
        assertThat(owner.get(path).etag()).isEqualTo(etag);
    }

    @Test
    void aContentLengthOf2GiBOrMoreIsRefusedWith413BeforeTheBodyIsRead() throws Exception {
        Caller owner = server.signUp("owner");
        String token = owner.post("/api/v1/me/tokens", "{\"name\":\"big\"}")
                .json()
                .get("token")
                .asText();
        String ws = Fixtures.workspace(owner);

        try (Socket socket = new Socket("localhost", server.server().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/workspaces/" + ws
                            + "/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: Bearer " + token
                            + "\r\nContent-Length: 3000000000\r\nConnection: close\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);

            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aShareLinkTokenIsKeptOutOfTheLoggedPath() {
        assertThat(RequestLog.redacted("/api/v1/shared/jbs_secretToken123")).isEqualTo("/api/v1/shared/***");
        assertThat(RequestLog.redacted("/api/v1/shared/jbs_secret/personas")).isEqualTo("/api/v1/shared/***/personas");
        assertThat(RequestLog.redacted("/api/v1/workspaces/k3J/journeys/j1"))
                .isEqualTo("/api/v1/workspaces/k3J/journeys/j1");
    }
}
