package io.journeyboard.bench.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A signed-in user exploring one uploaded log, over HTTP/1.1 on loopback. */
final class ExploreClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private String cookie;
    private String csrf;
    private String logs;
    private String workspace;

    ExploreClient(String base) {
        this.base = base;
    }

    void signUpWithWorkspace() throws IOException, InterruptedException {
        HttpResponse<String> answer = send(
                request("/api/v1/auth/sign-up", "POST")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"bench@example.org\",\"name\":\"Bench\","
                                + "\"password\":\"bench password 1\"}"))
                        .build(),
                201);
        cookie = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        csrf = MAPPER.readTree(answer.body()).get("csrfToken").asText();
        String ws = MAPPER.readTree(send(
                                request("/api/v1/workspaces", "POST")
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench\"}"))
                                        .build(),
                                201)
                        .body())
                .get("id")
                .asText();
        workspace = "/api/v1/workspaces/" + ws;
        logs = workspace + "/explore/logs";
    }

    /** Uploads the CSV; answers the log's path. */
    String upload(Path csv) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(
                request(logs + "?file=" + csv.getFileName(), "POST")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(csv))
                        .build(),
                201);
        return logs + "/" + MAPPER.readTree(answer.body()).get("id").asText();
    }

    /**
     * Stores the CSV as the dataset "Bench" through the ingest API, in batches of {@code eventsPerBatch} events
     * (the first creates it); answers the path its explorer questions go to.
     */
    String storeAsDataset(Path csv, int eventsPerBatch) throws IOException, InterruptedException {
        try (BufferedReader lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            boolean first = true;
            StringBuilder batch = new StringBuilder(header).append('\n');
            int events = 0;
            for (String line = lines.readLine(); ; line = lines.readLine()) {
                if (line != null) {
                    batch.append(line).append('\n');
                    events++;
                }
                if (events == eventsPerBatch || (line == null && events > 0)) {
                    String path = first
                            ? workspace + "/datasets?name=Bench&file=bench.csv"
                            : workspace + "/datasets/bench/events";
                    send(
                            request(path, "POST")
                                    .header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                                    .build(),
                            201);
                    first = false;
                    batch.setLength(0);
                    batch.append(header).append('\n');
                    events = 0;
                }
                if (line == null) {
                    break;
                }
            }
        }
        return workspace + "/explore/datasets/bench";
    }

    JsonNode ask(String path, String query) throws IOException, InterruptedException {
        return MAPPER.readTree(send(
                        request(path, "POST")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        200)
                .body());
    }

    private HttpRequest.Builder request(String path, String method) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
        if (cookie != null) {
            builder.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(
                    request.method() + " " + request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }
}
