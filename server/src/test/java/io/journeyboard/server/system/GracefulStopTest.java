package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulStopTest {

    @Test
    void stopRefusesNewWritesButFinishesTheOneInFlight(@TempDir Path data) throws Exception {
        try (Backend backend = Backend.h2(data)) {
            TestServer server = backend.start();
            Caller owner = server.signUp("owner");
            String email = owner.get("/api/v1/me").json().at("/user/email").asText();
            String token = owner.post("/api/v1/me/tokens", "{\"name\":\"slow writer\"}")
                    .json()
                    .get("token")
                    .asText();
            String ws = Fixtures.workspace(owner);
            byte[] body = Fixtures.journey("in-flight").getBytes(StandardCharsets.UTF_8);

            // Earlier writes count until their after-handlers ran; only the slow write below may be counted.
            awaitWritesInFlight(server, 0);
            // A write whose body arrives in two parts, over a plain socket: the server is inside it while the body
            // trickles in.
            Socket socket = new Socket("localhost", server.server().port());
            OutputStream upload = socket.getOutputStream();
            String head = "POST /api/v1/workspaces/" + ws
                    + "/journeys HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            upload.write(head.getBytes(StandardCharsets.US_ASCII));
            upload.write(body, 0, body.length / 2);
            upload.flush();
            awaitWritesInFlight(server, 1);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(1_000);
            int lateWrite = owner.post("/api/v1/workspaces/" + ws + "/journeys", Fixtures.journey("too-late"))
                    .status();
            Reply readyWhileStopping = server.anonymous().get("/health/ready");
            Reply liveWhileStopping = server.anonymous().get("/health/live");
            upload.write(body, body.length / 2, body.length - body.length / 2);
            upload.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            socket.close();

            assertThat(answer).startsWith("HTTP/1.1 201");
            stopping.get();
            assertThat(lateWrite).isEqualTo(503);
            assertThat(readyWhileStopping.status()).isEqualTo(503);
            assertThat(readyWhileStopping.json().get("status").asText()).isEqualTo("stopping");
            assertThat(liveWhileStopping.status()).isEqualTo(200);
            Caller again = backend.start().signIn(email, TestServer.PASSWORD);
            assertThat(again.get("/api/v1/workspaces/" + ws + "/journeys")
                            .json()
                            .findValuesAsText("id"))
                    .containsExactly("in-flight");
        }
    }

    private static void awaitWritesInFlight(TestServer server, int count) throws InterruptedException {
        for (int i = 0; i < 200 && server.server().writesInFlight() != count; i++) {
            Thread.sleep(50);
        }
        assertThat(server.server().writesInFlight()).isEqualTo(count);
    }
}
