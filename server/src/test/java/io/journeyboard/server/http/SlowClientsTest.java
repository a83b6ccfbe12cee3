package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous clients that trickle their request bodies or hold connections open must not keep anyone
 * else from being served. The clients connect from several loopback addresses (127.0.0.x), as clients
 * of one server would come from several machines, so that the per-address limit is not what saves it.
 */
class SlowClientsTest {

    private static final int SLOW_CLIENTS = 300;
    private static final int ADDRESSES = 10;
    private static final Duration PROMPT = Duration.ofSeconds(2);

    @Test
    void healthAnswersPromptlyWhile300ClientsTrickleSignUpBodies(@TempDir Path data) throws Exception {
        try (Backend backend = Backend.h2(data)) {
            TestServer server = backend.start();
            int port = server.server().port();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    Socket socket = connect("127.0.0." + (10 + i % ADDRESSES), port);
                    socket.getOutputStream()
                            .write(("POST /api/v1/auth/sign-up HTTP/1.1\r\nHost: localhost\r\n"
                                            + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{")
                                    .getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                }
                List<Long> healthMillis = new ArrayList<>();
                // One body byte per client every 5 s, and /health asked every second in between.
                for (int second = 1; second <= 12; second++) {
                    if (second % 5 == 0) {
                        slow.forEach(SlowClientsTest::trickleOneByte);
                    }
                    Thread.sleep(1_000);
                    healthMillis.add(healthAnswerMillis(port));
                }
                assertThat(healthMillis)
                        .as("/health answer times in ms while the slow clients were connected")
                        .allSatisfy(ms -> assertThat(ms).isLessThan(PROMPT.toMillis()));
                for (Socket socket : slow) {
                    assertThat(answerOrClose(socket, Duration.ofSeconds(20)))
                            .as("what a slow client got")
                            .satisfiesAnyOf(
                                    answer -> assertThat(answer).startsWith("HTTP/1.1 408"),
                                    answer -> assertThat(answer).isEmpty());
                }
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void anAddressBeyondItsConnectionLimitIsClosedWhileOthersAreServed(@TempDir Path data) throws Exception {
        try (Backend backend = Backend.h2(data)) {
            int port = backend.start().server().port();
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < ServerConfig.DEFAULT_CONNECTIONS_PER_ADDRESS; i++) {
                    Socket socket = connect("127.0.0.77", port);
                    held.add(socket);
                    // a full request and its answer prove the server counts this connection before the next opens
                    socket.getOutputStream()
                            .write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                    assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
                            .isEqualTo("HTTP/1.1 200");
                }
                try (Socket oneTooMany = connect("127.0.0.77", port)) {
                    assertThat(oneTooMany.getInputStream().read())
                            .as("the connection over the limit is closed")
                            .isEqualTo(-1);
                }
                assertThat(healthAnswerMillis(port)).isLessThan(PROMPT.toMillis());
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    private static Socket connect(String fromAddress, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(fromAddress, 0));
        } catch (BindException notOnThisMachine) {
            socket.close();
            // Linux answers on all of 127.0.0.0/8; other systems may need the addresses added to the loopback first
            assumeTrue(false, "this machine has no loopback address " + fromAddress);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static void trickleOneByte(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        } catch (IOException closedByServer) {
            // the server gave up on this client, which is what it should do with slow ones
        }
    }

    /** Milliseconds until GET /health answered 200, over a fresh connection from 127.0.0.1. */
    private static long healthAnswerMillis(int port) throws InterruptedException {
        long start = System.nanoTime();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The start of what the server sent, or "" when it closed the connection without an answer. */
    private static String answerOrClose(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        try {
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException stillOpen) {
            return "still open after " + within;
        } catch (IOException reset) {
            return "";
        }
    }
}
