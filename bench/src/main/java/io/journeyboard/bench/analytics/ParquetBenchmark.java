package io.journeyboard.bench.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The engine reading the same log as CSV and as Parquet (written by DuckDB, Snappy), alternating in one JVM:
 * the loading time per million events of each, best of the rounds, and their ratio; the figures computed
 * from both must be equal, or the run fails.
 *
 * <p>Arguments: {@code BPIC_XES_GZ WORK_DIR [COPIES=20] [ROUNDS=5]}.
 */
public final class ParquetBenchmark {

    private ParquetBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[1]));
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ReplicatedInputs inputs = ReplicatedInputs.in(work, Path.of(args[0]), copies);
        Path csv = inputs.csv();
        Path parquet = inputs.parquet();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        Figures fromCsv = null;
        Figures fromParquet = null;
        long[] load = new long[2];
        for (int round = 0; round <= rounds; round++) {
            fromCsv = EngineSide.run(csv, load);
            keep(best, 0, load, round);
            fromParquet = EngineSide.run(parquet, load);
            keep(best, 2, load, round);
        }
        if (!fromCsv.equals(fromParquet)) {
            throw new IllegalStateException("the figures differ: CSV " + fromCsv + ", Parquet " + fromParquet);
        }
        double millions = fromCsv.events() / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%,d events; CSV %.1f MB, Parquet %.1f MB; %d cores; best of %d rounds after one warm-up%n",
                fromCsv.events(),
                Files.size(csv) / 1e6,
                Files.size(parquet) / 1e6,
                Runtime.getRuntime().availableProcessors(),
                rounds);
        System.out.printf(Locale.ROOT, "%-8s %12s %12s %16s%n", "format", "load s", "cpu s", "ms per M events");
        print("CSV", best[0], best[1], millions);
        print("Parquet", best[2], best[3], millions);
        System.out.printf(
                Locale.ROOT,
                "Parquet loads in %.2fx the CSV time (%.2fx its CPU); the figures of both are equal%n",
                (double) best[2] / best[0],
                (double) best[3] / best[1]);
    }

    private static void keep(long[] best, int at, long[] load, int round) {
        if (round > 0) {
            best[at] = Math.min(best[at], load[0]);
            best[at + 1] = Math.min(best[at + 1], load[1]);
        }
    }

    private static void print(String format, long wall, long cpu, double millions) {
        System.out.printf(
                Locale.ROOT, "%-8s %12.2f %12.2f %16.0f%n", format, wall / 1e9, cpu / 1e9, wall / 1e6 / millions);
    }
}
