package io.journeyboard.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.AnalyticsReportJson;
import io.journeyboard.analytics.report.JourneyAnalysis;
import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real logs of the repository written as Parquet by DuckDB, read back by the engine beside their CSV. */
class ParquetLogFormatTest {

    private static final Path RECEIPT = Path.of("../data/receipt.csv");
    private static final Path RUNNING = Path.of("../data/running-example.csv");

    @TempDir
    Path dir;

    @Test
    void receiptAsSnappyParquetInManyRowGroupsGivesTheReportOfItsCsv() throws Exception {
        Path parquet = dir.resolve("receipt.parquet");
        duckDb("COPY (SELECT * REPLACE (CAST(\"time:timestamp\" AS TIMESTAMPTZ) AS \"time:timestamp\") "
                + "FROM read_csv('" + RECEIPT.toAbsolutePath() + "', all_varchar = true)) TO '" + parquet
                + "' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 2048)");

        JsonNode fromCsv = report(RECEIPT);
        assertThat(fromCsv.toString()).contains("Confirmation of receipt");
        assertThat(report(parquet)).isEqualTo(fromCsv);
        assertThat(EventLogReader.read(parquet, LogReadOptions.defaults())
                        .ingest()
                        .format())
                .isEqualTo("parquet");
    }

    @Test
    void typedColumnsInGzipParquetGiveTheReportOfTheCsv() throws Exception {
        Path parquet = dir.resolve("running.parquet");
        // DuckDB types the columns itself: CaseID an integer, Timestamp a timestamp with time zone.
        duckDb("COPY (SELECT * FROM read_csv('" + RUNNING.toAbsolutePath() + "')) TO '" + parquet
                + "' (FORMAT parquet, COMPRESSION gzip)");

        assertThat(report(parquet)).isEqualTo(report(RUNNING));
    }

    @Test
    void aMissingActivityIsABadRowNamedByItsRowNumber() throws Exception {
        Path parquet = dir.resolve("gap.parquet");
        duckDb("COPY (SELECT CaseID, CASE WHEN row_number() OVER () = 3 THEN NULL ELSE Activity END AS Activity,"
                + " Timestamp FROM read_csv('" + RUNNING.toAbsolutePath() + "')) TO '" + parquet
                + "' (FORMAT parquet)");

        assertThatThrownBy(() -> EventLogReader.read(parquet, LogReadOptions.defaults()))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(3);
                    assertThat(e.problems().get(0).reason()).isEqualTo("the activity is empty");
                });
        LoadedLog skipped =
                EventLogReader.read(parquet, LogReadOptions.defaults().withOnError(OnError.SKIP));
        assertThat(skipped.ingest().skippedRows()).isEqualTo(1);
    }

    @Test
    void aCodecWithoutItsLibraryIsNamedWithTheWayOut() throws Exception {
        Path parquet = dir.resolve("zstd.parquet");
        duckDb("COPY (SELECT * FROM read_csv('" + RUNNING.toAbsolutePath() + "')) TO '" + parquet
                + "' (FORMAT parquet, COMPRESSION zstd)");

        assertThatThrownBy(() -> EventLogReader.read(parquet, LogReadOptions.defaults()))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.problems().get(0).source()).isEqualTo(parquet.toString());
                    assertThat(e.problems().get(0).reason()).contains("compressed with ZSTD");
                    assertThat(e.problems().get(0).fix()).contains("COMPRESSION snappy");
                });
    }

    @Test
    void aFileCutShortOrNotParquetIsToldInWordsNotTheLibrarys() throws Exception {
        Path whole = dir.resolve("whole.parquet");
        duckDb("COPY (SELECT * FROM read_csv('" + RECEIPT.toAbsolutePath() + "', all_varchar = true)) TO '" + whole
                + "' (FORMAT parquet)");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.copy(RUNNING, dir.resolve("text.parquet"));

        for (Path bad : new Path[] {cut, text}) {
            assertThatThrownBy(() -> EventLogReader.read(bad, LogReadOptions.defaults()))
                    .isInstanceOfSatisfying(
                            BadInputException.class,
                            e -> assertThat(e.problems().get(0).reason())
                                    .isEqualTo(
                                            "not a readable Parquet file (its footer, schema or pages are damaged or cut"
                                                    + " short)"));
        }
    }

    /** The input fuzzing found: Hardwood alone spun forever on it, in a thread that cannot be stopped. */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pagesShiftedByOneByteAreRefusedNotReadForever() {
        Path shifted =
                Path.of("src/test/resources/io/journeyboard/parquet/fuzz/ParquetLogFuzzTestInputs/readsOrExplains/"
                        + "finding-pages-shifted-by-one-byte.parquet");

        assertThatThrownBy(() -> EventLogReader.read(shifted, LogReadOptions.defaults()))
                .isInstanceOfSatisfying(
                        BadInputException.class,
                        e -> assertThat(e.problems().get(0).reason()).startsWith("not a readable Parquet file"));
    }

    @Test
    void nestedColumnsAndGzipAroundParquetAreRefusedWithTheirReason() throws Exception {
        Path nested = dir.resolve("nested.parquet");
        duckDb("COPY (SELECT CaseID, {'name': Activity, 'by': Resource} AS step, Timestamp FROM read_csv('"
                + RUNNING.toAbsolutePath() + "')) TO '" + nested + "' (FORMAT parquet)");
        Path gzipped = Files.write(dir.resolve("log.parquet.gz"), new byte[] {31, -117, 8, 0});

        assertThatThrownBy(() -> EventLogReader.read(nested, LogReadOptions.defaults()))
                .isInstanceOfSatisfying(
                        BadInputException.class,
                        e -> assertThat(e.problems().get(0).reason()).contains("nested columns"));
        assertThatThrownBy(() -> EventLogReader.read(gzipped, LogReadOptions.defaults()))
                .isInstanceOfSatisfying(
                        BadInputException.class,
                        e -> assertThat(e.problems().get(0).fix()).contains("without the .gz"));
    }

    @Test
    void columnNamesComeFromTheSchema() throws Exception {
        Path parquet = dir.resolve("running.parquet");
        duckDb("COPY (SELECT * FROM read_csv('" + RUNNING.toAbsolutePath() + "')) TO '" + parquet
                + "' (FORMAT parquet)");

        assertThat(new ParquetLogFormat().columnNames(parquet, "running.parquet"))
                .containsExactly("Activity", "Timestamp", "CaseID", "Resource");
    }

    /** The whole report but its ingest section, which names the file, its format and its size. */
    private static JsonNode report(Path log) throws IOException {
        LoadedLog loaded = EventLogReader.read(log, LogReadOptions.defaults());
        ObjectNode tree =
                (ObjectNode) AnalyticsReportJson.tree(JourneyAnalysis.run(loaded, AnalyticsOptions.defaults()));
        tree.remove("ingest");
        return tree;
    }

    private static void duckDb(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
