package io.journeyboard.bench.explore;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.bench.analytics.ReplicatedLogWriter;
import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.ServerConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the explorer's interactions on bpic2012 × COPIES through a real server over HTTP, each
 * repetition asking something new (so the answer cache does not answer it), and DuckDB's same funnel
 * and paths on the same CSV, in ROUNDS that alternate both sides in one JVM, with the load average of each.
 * Usage: {@code ExploreBenchmark BPIC_XES_GZ WORK_DIR [COPIES] [REPETITIONS] [ROUNDS]}.
 */
public final class ExploreBenchmark {

    private static final List<String> STEPS = List.of(
            "A_SUBMITTED",
            "A_PARTLYSUBMITTED",
            "A_PREACCEPTED",
            "A_ACCEPTED",
            "A_FINALIZED",
            "O_SELECTED",
            "O_CREATED",
            "O_SENT",
            "O_SENT_BACK",
            "A_APPROVED",
            "A_REGISTERED",
            "A_ACTIVATED");

    private ExploreBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Path csv = work.resolve("bpic2012x" + copies + ".csv");
        if (!Files.exists(csv)) {
            EventLog log =
                    EventLogReader.read(source, LogReadOptions.defaults()).log();
            ReplicatedLogWriter.write(log, copies, csv);
        }
        System.out.printf(
                Locale.ROOT,
                "input %s, %d MB; %d cores; load average %.1f at start%n",
                csv.getFileName(),
                Files.size(csv) >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path data = Files.createTempDirectory("journeyboard-explore-bench-");
        JourneyboardServer server = JourneyboardServer.start(ServerConfig.defaults()
                .withPort(0)
                .withDataDir(data)
                .withDemoOnFirstStart(false)
                .withMaxRequestBytes(1L << 30));
        try {
            ExploreClient client = new ExploreClient("http://127.0.0.1:" + server.port());
            client.signUpWithWorkspace();
            long uploadStarted = System.nanoTime();
            String log = client.upload(csv);
            System.out.printf(Locale.ROOT, "upload and read once: %.1f s%n", (System.nanoTime() - uploadStarted) / 1e9);
            long duckStarted = System.nanoTime();
            try (DuckDbInteractions duck =
                    new DuckDbInteractions(csv, Runtime.getRuntime().availableProcessors())) {
                System.out.printf(
                        Locale.ROOT, "DuckDB load with positions: %.1f s%n", (System.nanoTime() - duckStarted) / 1e9);
                compare(duck, client, log);
                // Rounds alternate both sides in this one JVM, so a change in the machine's load hits both alike;
                // every round asks new questions, so no answer comes from the cache of an earlier round.
                for (int round = 0; round < rounds; round++) {
                    double loadBefore = load();
                    List<Timing> timings = serverSide(client, log, repetitions, round);
                    List<Timing> peer = duckDb(duck, Math.max(3, repetitions / 4), round);
                    print(round + 1, timings, peer, loadBefore, load());
                }
                // The same questions on the same events stored as a dataset of the workspace (one million a batch).
                long storeStarted = System.nanoTime();
                String dataset = client.storeAsDataset(csv, 1_000_000);
                System.out.printf(
                        Locale.ROOT,
                        "%nstored as a dataset through the ingest API: %.1f s%n",
                        (System.nanoTime() - storeStarted) / 1e9);
                client.ask(dataset + "/variants", "{\"limit\":1}");
                double loadBefore = load();
                List<Timing> timings = serverSide(client, dataset, repetitions, rounds);
                List<Timing> peer = duckDb(duck, Math.max(3, repetitions / 4), rounds);
                print(rounds + 1, timings, peer, loadBefore, load());
                System.out.println("(the last round asked the stored dataset, …/explore/datasets/bench)");
            }
        } finally {
            server.stop();
        }
    }

    private static String funnel(List<String> steps, String extra) {
        StringBuilder json = new StringBuilder("{\"steps\":[");
        for (int i = 0; i < steps.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"activities\":[\"")
                    .append(steps.get(i))
                    .append("\"]}");
        }
        return json.append("]").append(extra).append('}').toString();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<Timing> serverSide(ExploreClient client, String log, int repetitions, int round)
            throws Exception {
        List<Timing> timings = new ArrayList<>();
        int o = round * (repetitions + 2);
        // Each repetition is a new question: another third step and window for the funnel, another level or
        // width for the Sankey, another slider position; warm-up rounds are dropped.
        timings.add(time(
                "change a funnel step",
                repetitions,
                i -> client.ask(
                        log + "/funnel",
                        funnel(
                                List.of(STEPS.get(0), STEPS.get(1), STEPS.get(2 + i % 10)),
                                ",\"windowSeconds\":" + (86_400 * (30 + o + i))))));
        client.ask(log + "/funnel", funnel(STEPS.subList(0, 4), ""));
        timings.add(time(
                "switch a breakdown",
                repetitions,
                i -> client.ask(
                        log + "/funnel",
                        funnel(
                                STEPS.subList(0, 4),
                                ",\"breakdown\":[\"resource\"],\"breakdownRows\":" + (3 + o + i)))));
        timings.add(time(
                "expand a Sankey node",
                repetitions,
                i -> client.ask(
                        log + "/paths",
                        "{\"activity\":\"A_SUBMITTED\",\"depth\":5,\"nodesPerLevel\":6,\"expand\":{\"" + (1 + i % 5)
                                + "\":" + (1 + o + i) + "}}")));
        timings.add(time(
                "change the paths' start",
                repetitions,
                i -> client.ask(
                        log + "/paths",
                        "{\"activity\":\"" + STEPS.get(i % STEPS.size()) + "\",\"depth\":"
                                + (4 + (i / STEPS.size()) % 3) + ",\"nodesPerLevel\":" + (6 + round) + "}")));
        timings.add(time(
                "move a process-map slider",
                repetitions,
                i -> client.ask(
                        log + "/process-map", "{\"activities\":" + (4 + i % 20) + ",\"edges\":" + (10 + o + i) + "}")));
        JsonNode variants = client.ask(log + "/variants", "{\"limit\":" + (o + repetitions + 5) + "}");
        timings.add(time(
                "filter to a variant",
                repetitions,
                i -> client.ask(
                        log + "/variants",
                        "{\"limit\":5,\"segment\":{\"variant\":" + variants.at("/rows/" + (o + i) + "/activities")
                                + "}}")));
        timings.add(time(
                "drivers of a funnel",
                Math.max(3, repetitions / 4),
                i -> client.ask(
                        log + "/drivers",
                        funnel(List.of(STEPS.get(0), STEPS.get(3 + i % 8)), ",\"minCases\":" + (20 + o + i)))));
        return timings;
    }

    /** Both sides agree on the funnel's counts and the paths' total before anything is timed. */
    private static void compare(DuckDbInteractions duck, ExploreClient client, String log) throws Exception {
        List<String> steps = STEPS.subList(0, 4);
        long[] theirs = duck.funnel(steps);
        JsonNode ours = client.ask(log + "/funnel", funnel(steps, ""));
        for (int s = 0; s < steps.size(); s++) {
            check("funnel step " + (s + 1), ours.at("/figures/" + s + "/cases").asLong(), theirs[s]);
        }
        List<Long> levels = duck.pathLevels("A_SUBMITTED", 5);
        JsonNode paths = client.ask(log + "/paths", "{\"activity\":\"A_SUBMITTED\",\"depth\":5}");
        check("paths level total", paths.at("/paths/cases").asLong(), levels.getFirst());
    }

    private static List<Timing> duckDb(DuckDbInteractions duck, int repetitions, int round) throws Exception {
        List<Timing> timings = new ArrayList<>();
        int o = round * (repetitions + 2);
        timings.add(time(
                "change a funnel step",
                repetitions,
                i -> duck.funnel(List.of(STEPS.get(0), STEPS.get(1), STEPS.get(2 + (o + i) % 10)))));
        timings.add(time(
                "change the paths' start",
                repetitions,
                i -> duck.pathLevels(STEPS.get((o + i) % STEPS.size()), 4 + ((o + i) / STEPS.size()) % 3)));
        return timings;
    }

    private static void check(String what, long ours, long theirs) {
        System.out.printf(
                Locale.ROOT,
                "%-22s journeyboard %,d  DuckDB %,d  %s%n",
                what,
                ours,
                theirs,
                ours == theirs ? "same" : "DIFFERENT");
    }

    interface Interaction {
        Object run(int i) throws Exception;
    }

    record Timing(String name, double[] millis) {
        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
        }
    }

    private static Timing time(String name, int repetitions, Interaction interaction) throws Exception {
        for (int w = 0; w < 2; w++) {
            interaction.run(repetitions + w);
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            interaction.run(i);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        return new Timing(name, millis);
    }

    private static void print(int round, List<Timing> ours, List<Timing> theirs, double loadBefore, double loadAfter) {
        System.out.printf(
                Locale.ROOT, "%nround %d, load average %.1f before and %.1f after%n", round, loadBefore, loadAfter);
        System.out.printf(
                Locale.ROOT,
                "%-28s %10s %10s %12s %12s %8s%n",
                "interaction",
                "p50 ms",
                "p95 ms",
                "DuckDB p50",
                "DuckDB p95",
                "ratio");
        for (Timing timing : ours) {
            Timing peer = theirs.stream()
                    .filter(t -> t.name().equals(timing.name()))
                    .findFirst()
                    .orElse(null);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %10.1f %10.1f %12s %12s %8s%n",
                    timing.name(),
                    timing.percentile(0.5),
                    timing.percentile(0.95),
                    peer == null ? "" : String.format(Locale.ROOT, "%.1f", peer.percentile(0.5)),
                    peer == null ? "" : String.format(Locale.ROOT, "%.1f", peer.percentile(0.95)),
                    peer == null
                            ? ""
                            : String.format(Locale.ROOT, "%.1f×", peer.percentile(0.5) / timing.percentile(0.5)));
        }
        System.out.println("ratio: DuckDB p50 / journeyboard p50 (journeyboard over HTTP, DuckDB in-process JDBC)");
    }
}
