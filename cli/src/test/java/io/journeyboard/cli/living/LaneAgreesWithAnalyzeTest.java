package io.journeyboard.cli.living;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.cli.CliRun;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.template.Templates;
import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measured lane the server shows on a map equals the lane {@code journeyboard analyze --map} prints
 * for the same data and bindings: the bank-loan template (bound to BPI 2012 activities) on the real
 * BPI Challenge 2012 log, uploaded to a server as a dataset and analysed from the file.
 */
class LaneAgreesWithAnalyzeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BPIC = Path.of("..", "data", "bpic2012.xes.gz");

    @Test
    void theServersLaneOnAStoredDatasetIsTheLaneOfAnalyze(@TempDir Path dir) throws Exception {
        Templates templates = new Templates();
        Path map = dir.resolve("bank-loan.json");
        new WorkspaceJson()
                .write(
                        templates.load(templates.list().stream()
                                .filter(t -> t.name().equals("bank-loan"))
                                .findFirst()
                                .orElseThrow()),
                        map);
        Path report = dir.resolve("report.json");
        CliRun analyze = CliRun.of(
                "analyze", BPIC.toString(), "--map", map.toString(), "--format", "json", "-o", report.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        JsonNode fromAnalyze = JSON.readTree(report.toFile()).get("lane");

        JsonNode fromServer;
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dir.resolve("data"))
                .withPasswordCost(4)
                .withDemoOnFirstStart(false)
                .withMaxRequestBytes(8L << 20);
        try (JourneyboardServer server = JourneyboardServer.start(config)) {
            Http http = Http.signedUp(server.port());
            String ws = http.post("/api/v1/workspaces", "application/json", "{\"name\":\"Loans\"}".getBytes())
                    .get("id")
                    .asText();
            String journey = http.post(
                            "/api/v1/workspaces/" + ws + "/templates/bank-loan", "application/json", new byte[0])
                    .get(0)
                    .get("id")
                    .asText();
            http.post(
                    "/api/v1/workspaces/" + ws + "/datasets?name=BPI%202012&file=bpic2012.xes.gz",
                    "application/octet-stream",
                    Files.readAllBytes(BPIC));
            fromServer = http.get("/api/v1/workspaces/" + ws + "/journeys/" + journey + "/lane?dataset=bpi-2012")
                    .get("lane");
        }

        assertThat(fromAnalyze.at("/entrants").asLong()).isEqualTo(13_087);
        assertThat(fromAnalyze.at("/steps/0/stepName").asText()).isEqualTo("Submit application");
        assertThat(fromAnalyze.at("/steps/1/cases").asLong()).isEqualTo(7_367);
        assertThat(fromServer).isEqualTo(fromAnalyze);
    }

    /** A browser-like session on the test's server: cookie and CSRF token from the sign-up. */
    private record Http(HttpClient client, String base, String cookie, String csrf) {

        static Http signedUp(int port) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> signUp = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/sign-up"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\":\"lane@example.org\",\"name\":\"Lane\","
                                            + "\"password\":\"correct horse battery\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(201);
            return new Http(
                    client,
                    base,
                    signUp.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
                    JSON.readTree(signUp.body()).get("csrfToken").asText());
        }

        JsonNode post(String path, String type, byte[] body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", type)
                    .header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        private JsonNode send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response =
                    client.send(request.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isLessThan(300);
            return JSON.readTree(response.body());
        }
    }
}
