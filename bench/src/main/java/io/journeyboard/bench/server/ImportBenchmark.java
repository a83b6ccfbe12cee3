package io.journeyboard.bench.server;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times the import of a Journeyboard file of N small journeys into an empty workspace over HTTP, for
 * N from 1,000 to 50,000, on H2 and PostgreSQL side by side, and prints each time with its cost per
 * 1,000 journeys: flat when the import is linear. Beside each import another writer edits a journey
 * of the same workspace every 100 ms, and what it was answered is printed (a 500 would be a defect).
 *
 * Usage: ImportBenchmark [SIZES] [STORES], e.g. {@code 1000,2000,5000,10000,20000,50000 h2,postgresql}.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = parse(args.length > 0 ? args[0] : "1000,2000,5000,10000,20000,50000");
        String[] stores = (args.length > 1 ? args[1] : "h2,postgresql").split(",");
        System.out.printf(
                "%-11s %8s %10s %16s %8s  %s%n",
                "store", "journeys", "seconds", "ms per 1,000", "vs 1k", "a writer beside it");
        for (String store : stores) {
            try (ServerUnderTest server = ServerUnderTest.start(store)) {
                BenchClient client = new BenchClient(server.base()).signUp("import-" + store + "@example.org");
                // one unmeasured import first, so that the smallest size is not mostly the JIT's warm-up
                String warmUp = client.workspace("Warm-up");
                BenchClient.expect(
                        client.send(
                                "/api/v1/workspaces/" + warmUp + "/import", "POST", file(5_000), "application/json"),
                        201);
                double firstPerThousand = 0;
                for (int size : sizes) {
                    String ws = client.workspace("Import of " + size);
                    client.send(
                            "/api/v1/workspaces/" + ws + "/personas",
                            "POST",
                            "{\"id\":\"p1\",\"name\":\"Ada\"}",
                            "application/json");
                    BenchClient.expect(
                            client.send(
                                    "/api/v1/workspaces/" + ws + "/journeys",
                                    "POST",
                                    journey("beside", "Beside"),
                                    "application/json"),
                            201);
                    Beside beside = new Beside(client, ws);
                    Thread writer = Thread.ofPlatform().start(beside);
                    long start = System.nanoTime();
                    BenchClient.expect(
                            client.send("/api/v1/workspaces/" + ws + "/import", "POST", file(size), "application/json"),
                            201);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    beside.stop.set(true);
                    writer.join();
                    double perThousand = seconds * 1000 / size * 1000;
                    firstPerThousand = firstPerThousand == 0 ? perThousand : firstPerThousand;
                    System.out.printf(
                            "%-11s %,8d %10.2f %16.1f %7.2fx  %s%n",
                            store, size, seconds, perThousand, perThousand / firstPerThousand, beside.answers);
                }
            }
        }
    }

    /** Edits one journey of the workspace every 100 ms while the import runs, counting the answers by status. */
    private static final class Beside implements Runnable {
        private final BenchClient client;
        private final String path;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Map<Integer, Integer> answers = new TreeMap<>();

        Beside(BenchClient client, String ws) {
            this.client = client;
            this.path = "/api/v1/workspaces/" + ws + "/journeys/beside";
        }

        @Override
        public void run() {
            try {
                for (int n = 1; !stop.get(); n++) {
                    HttpResponse<String> current = client.send(path, "GET", null, null);
                    String etag = current.headers().firstValue("ETag").orElse("\"0\"");
                    HttpResponse<String> edit = client.send(
                            client.request(path, "PUT", journey("beside", "Beside " + n), "application/json")
                                    .header("If-Match", etag)
                                    .build());
                    answers.merge(edit.statusCode(), 1, Integer::sum);
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                answers.merge(-1, 1, Integer::sum);
            }
        }
    }

    static String file(int journeys) {
        List<String> all = new ArrayList<>(journeys);
        for (int i = 0; i < journeys; i++) {
            all.add(journey("j" + i, "Journey " + i));
        }
        return "{\"formatVersion\":1,\"name\":\"Bench import\",\"personas\":[{\"id\":\"p1\",\"name\":\"Ada\"}],"
                + "\"journeys\":["
                + String.join(",", all) + "]}";
    }

    /** A small valid journey: two stages, three steps, one card, an emotion and an opportunity. */
    static String journey(String id, String name) {
        return ("{\"id\":\"%s\",\"name\":\"%s\",\"state\":\"current\",\"personaIds\":[\"p1\"],"
                        + "\"stages\":[{\"id\":\"s1\",\"name\":\"Discover\",\"steps\":[{\"id\":\"st1\",\"name\":\"Visit site\"},"
                        + "{\"id\":\"st2\",\"name\":\"Sign up\"}]},{\"id\":\"s9\",\"name\":\"Later\",\"steps\":[{\"id\":\"st9\",\"name\":\"Return\"}]}],"
                        + "\"lanes\":[{\"id\":\"l-actions\",\"kind\":\"actions\",\"title\":\"Actions\"}],"
                        + "\"cards\":[{\"id\":\"c1\",\"laneId\":\"l-actions\",\"stepId\":\"st1\",\"text\":\"Reads pricing\"}],"
                        + "\"emotions\":[{\"personaId\":\"p1\",\"stepId\":\"st1\",\"score\":1}],"
                        + "\"opportunities\":[{\"id\":\"o1\",\"title\":\"Faster sign-up\",\"customerValue\":3,\"businessValue\":3,\"effort\":2,"
                        + "\"confidence\":0.5,\"status\":\"idea\"}]}")
                .formatted(id, name);
    }

    private static List<Integer> parse(String sizes) {
        return Arrays.stream(sizes.split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
    }

    private ImportBenchmark() {}
}
