package io.journeyboard.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Journey reads and writes of a template-sized map (the bank-loan template, 26 KB of JSON) at a fixed
 * rate over loopback, on H2 and PostgreSQL side by side, printing the latency percentiles. Open loop:
 * each request is due at its own moment and its latency counts from then, so a slow answer cannot hide
 * the requests queued behind it. At most {@value #CONNECTIONS} requests are under way at once (as many
 * connections, like {@code wrk -c}); requests due while all are busy wait, and their wait counts. Writes are PUTs with
 * If-Match of one of {@value #JOURNEYS} journeys; a
 * 409 (another write was first) is counted apart and refreshes the version.
 *
 * Usage: LoadBenchmark [RATE] [SECONDS] [WRITE_SHARE] [STORES], e.g. {@code 1000 20 0.2 h2,postgresql}.
 */
public final class LoadBenchmark {

    private static final int JOURNEYS = 16;
    private static final int CONNECTIONS = 32;
    private static final int WRITE_BODIES = 64;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double writeShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
        String[] stores = (args.length > 3 ? args[3] : "h2,postgresql").split(",");
        System.out.printf(
                "%d requests/s for %d s (after %d s of warm-up), %.0f %% writes, %d journeys of the bank-loan template, "
                        + "%d connections; %d cores%n",
                rate,
                seconds,
                seconds / 2,
                writeShare * 100,
                JOURNEYS,
                CONNECTIONS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "%-11s %9s %8s %8s %8s %8s %8s %8s %11s  %s%n",
                "store",
                "achieved",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "p99.9 ms",
                "max ms",
                "cpu ms",
                "load avg",
                "answers");
        for (String store : stores) {
            try (ServerUnderTest server = ServerUnderTest.start(store)) {
                Load load = new Load(server, writeShare);
                load.run(rate, seconds / 2);
                Result result = load.run(rate, seconds);
                System.out.printf(
                        "%-11s %8.0f/s %8.1f %8.1f %8.1f %8.1f %8.1f %8.2f %5.1f-%-5.1f  %s%n",
                        store,
                        result.achieved,
                        result.percentile(50),
                        result.percentile(90),
                        result.percentile(99),
                        result.percentile(99.9),
                        result.percentile(100),
                        result.cpuMillisPerRequest,
                        result.loadBefore,
                        result.loadAfter,
                        result.answers);
            }
        }
    }

    /**
     * The latencies of one run, in nanoseconds, and the answers by status (-1: no answer); the CPU time this
     * process (server and client) spent per request, which other programs on the machine hardly change; and
     * the machine's one-minute load average before and after, which says how much they took.
     */
    private record Result(
            long[] latencies,
            double achieved,
            Map<Integer, Integer> answers,
            double cpuMillisPerRequest,
            double loadBefore,
            double loadAfter) {
        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    private static final class Load {
        private final BenchClient client;
        private final double writeShare;
        private final List<String> paths = new ArrayList<>();
        private final Map<String, String> etags = new ConcurrentHashMap<>();
        /** Per journey, the bodies its writes send (the document under other names), made before the clock runs. */
        private final Map<String, List<String>> writes = new ConcurrentHashMap<>();

        Load(ServerUnderTest server, double writeShare) throws Exception {
            this.client = new BenchClient(server.base()).signUp("load-" + server.store() + "@example.org");
            this.writeShare = writeShare;
            String ws = client.workspace("Load");
            for (int i = 0; i < JOURNEYS; i++) {
                JsonNode created = BenchClient.json(
                        client.send("/api/v1/workspaces/" + ws + "/templates/bank-loan", "POST", null, null), 201);
                String path = "/api/v1/workspaces/" + ws + "/journeys/"
                        + created.get(0).get("id").asText();
                HttpResponse<String> current = client.send(path, "GET", null, null);
                paths.add(path);
                etags.put(path, current.headers().firstValue("ETag").orElseThrow());
                ObjectNode document = (ObjectNode) MAPPER.readTree(current.body());
                List<String> bodies = new ArrayList<>();
                for (int n = 0; n < WRITE_BODIES; n++) {
                    bodies.add(
                            document.deepCopy().put("name", "Loan journey " + n).toString());
                }
                writes.put(path, bodies);
            }
        }

        Result run(int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            AtomicLongArray latencies = new AtomicLongArray(total);
            Map<Integer, Integer> answers = new ConcurrentHashMap<>();
            CountDownLatch done = new CountDownLatch(total);
            double loadBefore = Machine.loadAverage();
            long cpuBefore = Machine.processCpuNanos();
            long start = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            Semaphore connections = new Semaphore(CONNECTIONS);
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                int slot = i;
                Thread.startVirtualThread(() -> {
                    int status = -1;
                    connections.acquireUninterruptibly();
                    try {
                        HttpResponse<String> answer = send();
                        status = answer.statusCode();
                        if (answer.request().method().equals("PUT")) {
                            answer.headers()
                                    .firstValue("ETag")
                                    .ifPresent(etag ->
                                            etags.put(answer.request().uri().getPath(), etag));
                        }
                    } catch (IOException | InterruptedException e) {
                        // counted as no answer (-1)
                    } finally {
                        connections.release();
                        latencies.set(slot, System.nanoTime() - due);
                        answers.merge(status, 1, Integer::sum);
                        done.countDown();
                    }
                });
            }
            done.await();
            double achieved = total / ((System.nanoTime() - start) / 1e9);
            double cpuMillisPerRequest = (Machine.processCpuNanos() - cpuBefore) / 1e6 / total;
            long[] values = new long[total];
            for (int i = 0; i < total; i++) {
                values[i] = latencies.get(i);
            }
            return new Result(
                    values, achieved, new TreeMap<>(answers), cpuMillisPerRequest, loadBefore, Machine.loadAverage());
        }

        private HttpResponse<String> send() throws IOException, InterruptedException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String path = paths.get(random.nextInt(paths.size()));
            if (random.nextDouble() >= writeShare) {
                return client.send(client.request(path, "GET", null, null).build());
            }
            List<String> bodies = writes.get(path);
            HttpRequest put = client.request(path, "PUT", bodies.get(random.nextInt(bodies.size())), "application/json")
                    .header("If-Match", etags.get(path))
                    .build();
            return client.send(put);
        }
    }

    private LoadBenchmark() {}
}
