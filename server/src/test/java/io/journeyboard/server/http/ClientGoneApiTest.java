package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.CapturedLog;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that leaves: the work for it stops, and the request still has its log line. */
class ClientGoneApiTest {

    private static final int PERSONAS = 50;
    private static final int STEPS = 600;

    @TempDir
    Path data;

    private CapturedLog log;
    private Backend backend;
    private TestServer server;

    @BeforeEach
    void start() {
        log = CapturedLog.start();
        backend = Backend.h2(data);
        server = backend.start();
    }

    @AfterEach
    void stop() {
        backend.close();
        log.close();
    }

    @Test
    void aPictureExportStopsWhenItsClientLeavesAndSaysSoInTheLog() throws Exception {
        Caller owner = server.signUp("owner");
        String token = owner.post("/api/v1/me/tokens", "{\"name\":\"leaver\"}")
                .json()
                .get("token")
                .asText();
        String ws = Fixtures.workspace(owner);
        Reply imported = owner.post("/api/v1/workspaces/" + ws + "/import", largeMap());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String export = "/api/v1/workspaces/" + ws + "/journeys/large/export?format=svg";

        try (Socket socket = new Socket("localhost", server.server().port())) {
            socket.getOutputStream()
                    .write(("GET " + export + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(300);
        }

        String line = log.awaitRequest("GET", "/api/v1/workspaces/" + ws + "/journeys/large/export");
        assertThat(line).contains("status=499", "client=gone");
    }

    @Test
    void aRequestWhoseClientResetTheConnectionIsLogged() throws Exception {
        // the body is cut short, so the server cannot answer before the reset arrives
        try (Socket socket = new Socket("localhost", server.server().port())) {
            String head = "POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            awaitRequestUnderWay();
            socket.setSoLinger(true, 0);
        }

        assertThat(log.awaitRequest("POST", "/api/v1/auth/sign-in")).contains("client=gone");
    }

    /** Waits until the server is handling a write (reading its body). */
    private void awaitRequestUnderWay() throws InterruptedException {
        for (int i = 0; i < 1500 && server.server().writesInFlight() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(server.server().writesInFlight()).as("writes under way").isPositive();
    }

    /** A journey at the persona limit over many steps: its SVG takes seconds to draw. */
    private static String largeMap() {
        String personas = IntStream.range(0, PERSONAS)
                .mapToObj(i -> "{\"id\":\"p" + i + "\",\"name\":\"Persona " + i + "\"}")
                .collect(Collectors.joining(","));
        String steps = IntStream.range(0, STEPS)
                .mapToObj(i -> "{\"id\":\"t" + i + "\",\"name\":\"Step " + i + "\"}")
                .collect(Collectors.joining(","));
        String emotions = IntStream.range(0, STEPS)
                .boxed()
                .flatMap(t -> IntStream.range(0, PERSONAS)
                        .mapToObj(p -> "{\"personaId\":\"p" + p + "\",\"stepId\":\"t" + t + "\",\"score\":"
                                + ((p + t) % 5 - 2) + "}"))
                .collect(Collectors.joining(","));
        String personaIds =
                IntStream.range(0, PERSONAS).mapToObj(i -> "\"p" + i + "\"").collect(Collectors.joining(","));
        return "{\"formatVersion\":1,\"name\":\"Large\",\"personas\":[" + personas
                + "],\"journeys\":[{\"id\":\"large\",\"name\":\"Large\","
                + "\"state\":\"current\",\"personaIds\":[" + personaIds
                + "],\"stages\":[{\"id\":\"s\",\"name\":\"All\",\"steps\":[" + steps
                + "]}],\"lanes\":[{\"id\":\"e\",\"kind\":\"emotion\",\"title\":\"Emotion\"}],\"emotions\":[" + emotions
                + "]}]}";
    }
}
