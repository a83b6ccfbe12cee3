package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class MetricsAndHealthTest {

    @BothDatabases
    void liveAndReadyAnswerOnceStarted(Backend backend) {
        TestServer server = backend.start();

        Reply live = server.anonymous().get("/health/live");
        Reply ready = server.anonymous().get("/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("up");
    }

    @BothDatabases
    void metricsCountRequestsByRouteTemplateWithLatencyHistogramsPoolAndJvm(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("watcher");
        String ws = Fixtures.workspace(owner);
        String journey = Fixtures.journeyIn(owner, ws, "watched");
        owner.get(journey);
        owner.get(journey);
        owner.get("/api/v1/workspaces/" + ws + "/journeys/no-such-journey");

        Reply metrics = server.anonymous().get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        String text = metrics.body();
        assertThat(text)
                .contains(
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/workspaces/{ws}/journeys/{journey}\","
                                + "status=\"200\"} 2")
                .contains("route=\"/api/v1/workspaces/{ws}/journeys/{journey}\",status=\"404\"} 1")
                .contains("http_server_requests_seconds_bucket{")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes")
                .contains("journeyboard_insight_jobs{state=\"queued\"} 0");
        assertThat(text).doesNotContain("no-such-journey").doesNotContain(ws);
    }
}
