package io.journeyboard.bench.analytics;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.JourneyAnalysis;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine, the Spark job (module spark) and DuckDB side by side, in one run, on bpic2012 replicated
 * (20 copies: 5,244,000 events) as CSV and as Parquet. The engine computes the whole report in this JVM;
 * the Spark job computes the whole report as a whole process (JVM and Spark start included) on
 * {@code local[1]} and {@code local[2]}; DuckDB computes the AnalyticsBenchmark figures (load, transitions,
 * variants) in this JVM. Prints each time and its ratio to the engine's. The engine reads no Parquet
 * (docs/spark.md), so its CSV time is the yardstick for both.
 *
 * <p>Arguments: {@code BPIC_XES_GZ WORK_DIR SPARK_TARGET JAVA_FOR_SPARK [COPIES=20]}.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[1]));
        Path sparkTarget = Path.of(args[2]);
        String sparkJava = args[3];
        int copies = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        ReplicatedInputs inputs = ReplicatedInputs.in(work, Path.of(args[0]), copies);
        Path csv = inputs.csv();
        Path parquet = inputs.parquet();
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "CSV %.1f MB, Parquet %.1f MB; %d cores (shared with other work)%n",
                Files.size(csv) / 1e6,
                Files.size(parquet) / 1e6,
                threads);
        Map<String, Double> seconds = new LinkedHashMap<>();
        long start = System.nanoTime();
        JourneyAnalysis.run(EventLogReader.read(csv, LogReadOptions.defaults()), AnalyticsOptions.defaults());
        seconds.put("engine, CSV, whole report, in this JVM", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        DuckDbSide.run(csv, threads, new long[1]);
        seconds.put("DuckDB, CSV, benchmark figures, in this JVM", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        DuckDbSide.runParquet(parquet, threads, new long[1]);
        seconds.put("DuckDB, Parquet, benchmark figures, in this JVM", (System.nanoTime() - start) / 1e9);
        for (String master : List.of("local[1]", "local[2]")) {
            for (Path input : List.of(csv, parquet)) {
                String name = input == csv ? "CSV" : "Parquet";
                seconds.put(
                        "Spark " + master + ", " + name + ", whole report, whole process",
                        sparkJob(sparkJava, sparkTarget, input, master, work.resolve("spark-report.json")));
            }
        }
        double engine = seconds.values().iterator().next();
        seconds.forEach((side, time) ->
                System.out.printf(Locale.ROOT, "%-52s %8.2f s  %6.2fx the engine%n", side, time, time / engine));
    }

    private static double sparkJob(String java, Path target, Path input, String master, Path report)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
        for (String open : List.of("java.lang", "java.util", "java.nio", "sun.nio.ch", "java.lang.invoke")) {
            command.add("--add-opens=java.base/" + open + "=ALL-UNNAMED");
        }
        Path jar = target.resolve("journeyboard-spark.jar");
        command.add("-Dlog4j2.configurationFile=jar:" + jar.toUri() + "!/journeyboard-spark-log4j2.properties");
        command.addAll(List.of(
                "-cp",
                jar + File.pathSeparator + target.resolve("spark-libs").resolve("*"),
                "io.journeyboard.spark.SparkReportJob",
                input.toString(),
                "--master",
                master,
                "-o",
                report.toString()));
        long start = System.nanoTime();
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("the Spark job failed (exit " + status + ") on " + input);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
