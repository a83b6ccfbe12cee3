package io.journeyboard.bench.analytics;

import com.sun.management.OperatingSystemMXBean;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LogReadOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Journeyboard's analytics engine against DuckDB on the same CSV, in one run: bpic2012 replicated
 * 20 times (5,244,000 events), then rounds that alternate engine and DuckDB, each computing load,
 * transitions with mean (and median) durations, and variants, from the file. Prints every run, the
 * best of each side, their ratio, the least CPU time of each (both run in this process, so it covers
 * DuckDB's native threads too), the engine's loading speed and its peak heap.
 *
 * <p>Arguments: {@code BPIC_XES_GZ WORK_DIR [COPIES=20] [ROUNDS=3]}.
 */
public final class AnalyticsBenchmark {

    private AnalyticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int threads = Runtime.getRuntime().availableProcessors();
        Path csv = work.resolve("bpic2012x" + copies + ".csv");
        if (!Files.exists(csv)) {
            System.out.println("writing " + csv + " ...");
            ReplicatedLogWriter.write(
                    EventLogReader.read(source, LogReadOptions.defaults()).log(), copies, csv);
        }
        double megabytes = Files.size(csv) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "input %s: %.1f MB; %d cores; Java %s; heap limit %d MB%n",
                csv,
                megabytes,
                threads,
                Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20);

        List<Long> engineTimes = new ArrayList<>();
        List<Long> duckTimes = new ArrayList<>();
        long engineCpu = Long.MAX_VALUE;
        long duckCpu = Long.MAX_VALUE;
        long bestEngineLoad = Long.MAX_VALUE;
        long leastEngineLoadCpu = Long.MAX_VALUE;
        long bestDuckLoad = Long.MAX_VALUE;
        long peakHeap = 0;
        Figures engineFigures = null;
        Figures duckFigures = null;
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            resetHeapPeaks();
            long[] load = new long[2];
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            engineFigures = EngineSide.run(csv, load);
            long engine = System.nanoTime() - start;
            engineCpu = Math.min(engineCpu, processCpuNanos() - cpu);
            peakHeap = Math.max(peakHeap, heapPeak());
            engineTimes.add(engine);
            bestEngineLoad = Math.min(bestEngineLoad, load[0]);
            leastEngineLoadCpu = Math.min(leastEngineLoadCpu, load[1]);
            System.out.printf(
                    Locale.ROOT, "round %d  journeyboard %6.2f s (load %5.2f s)%n", round, engine / 1e9, load[0] / 1e9);

            System.gc();
            cpu = processCpuNanos();
            start = System.nanoTime();
            duckFigures = DuckDbSide.run(csv, threads, load);
            long duck = System.nanoTime() - start;
            duckCpu = Math.min(duckCpu, processCpuNanos() - cpu);
            duckTimes.add(duck);
            bestDuckLoad = Math.min(bestDuckLoad, load[0]);
            System.out.printf(
                    Locale.ROOT, "round %d  duckdb       %6.2f s (load %5.2f s)%n", round, duck / 1e9, load[0] / 1e9);
        }
        System.out.println("journeyboard figures: " + engineFigures);
        System.out.println("duckdb figures:       " + duckFigures);
        if (!engineFigures.agreesWith(duckFigures)) {
            System.out.println("THE FIGURES DIFFER: the times below compare different work");
        }
        long engineBest = engineTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
        long duckBest = duckTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "best of %d: journeyboard %.2f s, duckdb %.2f s, duckdb/journeyboard = %.2fx%n",
                rounds,
                engineBest / 1e9,
                duckBest / 1e9,
                (double) duckBest / engineBest);
        System.out.printf(
                Locale.ROOT,
                "loading: journeyboard %.2f s = %.0f MB/s, duckdb %.2f s = %.0f MB/s%n",
                bestEngineLoad / 1e9,
                megabytes / (bestEngineLoad / 1e9),
                bestDuckLoad / 1e9,
                megabytes / (bestDuckLoad / 1e9));
        System.out.printf(
                Locale.ROOT,
                "journeyboard loading CPU time %.2f s = %.0f MB per CPU-second%n",
                leastEngineLoadCpu / 1e9,
                megabytes / (leastEngineLoadCpu / 1e9));
        System.out.printf(
                Locale.ROOT,
                "least CPU time (all threads of the process, native included): journeyboard %.2f s,"
                        + " duckdb %.2f s, ratio %.2fx%n",
                engineCpu / 1e9,
                duckCpu / 1e9,
                (double) duckCpu / engineCpu);
        System.out.printf(Locale.ROOT, "journeyboard peak heap (sum of pool peaks): %d MB%n", peakHeap >> 20);
    }

    /** CPU time of the whole process: on a busy machine it measures work where wall time measures waiting. */
    static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** An upper bound of the heap in use at any one time: the pools peak at different moments. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
