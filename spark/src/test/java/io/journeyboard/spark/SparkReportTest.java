package io.journeyboard.spark;

import static io.journeyboard.spark.ReportComparison.assertSameFigures;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.JourneyAnalysis;
import io.journeyboard.problems.BadInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job's report against the engine's, on the repository's logs, in local mode. */
class SparkReportTest {

    private static final Path DATA = Path.of("../data");
    private static final Path RESOURCES = Path.of("src/test/resources");

    @TempDir
    static Path temp;

    private static Path bpicCsv;

    /** bpic2012 (XES, which Spark does not read) as CSV in global time order, so cases interleave across splits. */
    @BeforeAll
    static void convertBpic() throws IOException {
        EventLog log = EventLogReader.read(DATA.resolve("bpic2012.xes.gz"), LogReadOptions.defaults())
                .log();
        List<int[]> order = new ArrayList<>();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1]; e++) {
                order.add(new int[] {c, e});
            }
        }
        order.sort(Comparator.comparingLong(ce -> log.timeMicros()[ce[1]]));
        bpicCsv = temp.resolve("bpic2012.csv");
        try (BufferedWriter out = Files.newBufferedWriter(bpicCsv)) {
            out.write("case,activity,timestamp,resource\n");
            for (int[] ce : order) {
                long micros = log.timeMicros()[ce[1]];
                Instant time = Instant.ofEpochSecond(
                        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
                String resource = log.resource() == null
                        ? ""
                        : String.valueOf(log.resource().valueAt(ce[1]));
                out.write(log.caseNames()[ce[0]] + "," + log.activityNames()[log.activity()[ce[1]]] + "," + time + ","
                        + resource + "\n");
            }
        }
    }

    @Test
    void bpicCsvWithAStrictFunnelGivesTheEnginesReport() throws IOException {
        StageMapping stages = StageMapping.read(RESOURCES.resolve("bpic2012-stages-strict.json"));
        AnalyticsReport engine = engine(bpicCsv, stages);
        AnalyticsReport spark = spark(bpicCsv.toString(), stages, OnError.FAIL);
        assertSameFigures(spark, engine);
        assertThat(spark.funnel().steps()).hasSize(4);
        assertThat(spark.summary().events()).isEqualTo(262_200);
    }

    @Test
    void bpicParquetWithAnOrderedFunnelOptionalStageAndWindowGivesTheEnginesReport() throws IOException {
        Path parquet = temp.resolve("bpic2012.parquet");
        LocalSpark.get()
                .read()
                .option("header", true)
                .csv(bpicCsv.toString())
                .withColumn("timestamp", to_timestamp(col("timestamp")))
                .write()
                .parquet(parquet.toString());
        StageMapping stages = StageMapping.read(RESOURCES.resolve("bpic2012-stages.json"));
        AnalyticsReport spark = spark(parquet.toString(), stages, OnError.FAIL);
        assertSameFigures(spark, engine(bpicCsv, stages), "ingest");
        assertThat(spark.ingest().format()).isEqualTo("parquet");
        assertThat(spark.painPoints()).isNotEmpty();
        assertThat(spark.momentsOfTruth()).isNotEmpty();
    }

    @Test
    void receiptWithAnAnyOrderFunnelAndChannelsGivesTheEnginesReport() throws IOException {
        Path receipt = DATA.resolve("receipt.csv");
        StageMapping stages = StageMapping.read(RESOURCES.resolve("receipt-stages-any.json"));
        AnalyticsReport spark = spark(receipt.toString(), stages, OnError.FAIL);
        assertSameFigures(spark, engine(receipt, stages));
        assertThat(spark.channels()).isNotEmpty();
    }

    @Test
    void runningExampleWithoutAFunnelGivesTheEnginesReport() throws IOException {
        Path running = DATA.resolve("running-example.csv");
        assertSameFigures(spark(running.toString(), null, OnError.FAIL), engine(running, null));
    }

    @Test
    void aBadTimeFailsWithTheEnginesLocatedMessage() throws IOException {
        Path bad = temp.resolve("bad-time.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(DATA.resolve("running-example.csv")));
        lines.set(3, lines.get(3).replace("2011-01-05", "2011-13-05"));
        lines.set(6, lines.get(6).replaceFirst(",\\d+,", ",,"));
        Files.write(bad, lines);
        String expected = messageOf(() -> engine(bad, null));
        assertThatThrownBy(() -> spark(bad.toString(), null, OnError.FAIL))
                .isInstanceOf(BadInputException.class)
                .hasMessage(expected);
        assertThat(expected).startsWith(bad + ":4: column 'Timestamp' \"");
    }

    @Test
    void skippedRowsAreCountedAndLocatedAsTheEngineDoes() throws IOException {
        Path bad = temp.resolve("bad-score.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(DATA.resolve("running-example.csv")));
        lines.set(0, lines.get(0) + ",score");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + "," + (i % 7 == 0 ? "n/a" : String.valueOf(i % 11)));
        }
        Files.write(bad, lines);
        AnalyticsReport engine = JourneyAnalysis.run(
                EventLogReader.read(bad, LogReadOptions.defaults().withOnError(OnError.SKIP)),
                AnalyticsOptions.defaults());
        AnalyticsReport spark = spark(bad.toString(), null, OnError.SKIP);
        assertThat(engine.ingest().skippedRows()).isPositive();
        assertSameFigures(spark, engine);
    }

    private static String messageOf(ThrowingRunnable run) {
        try {
            run.run();
        } catch (Exception e) {
            return e.getMessage();
        }
        throw new AssertionError("the engine accepted the input");
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static AnalyticsReport engine(Path log, StageMapping stages) throws IOException {
        LoadedLog loaded = EventLogReader.read(log, LogReadOptions.defaults());
        return JourneyAnalysis.run(loaded, AnalyticsOptions.defaults().withStages(stages));
    }

    private static AnalyticsReport spark(String log, StageMapping stages, OnError onError) {
        JobOptions options = new JobOptions(log, LogColumnMapping.detect(), null, stages, 10, onError, null, null);
        return SparkReport.compute(LocalSpark.get(), options);
    }
}
