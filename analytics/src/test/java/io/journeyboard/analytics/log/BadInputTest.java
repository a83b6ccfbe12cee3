package io.journeyboard.analytics.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import io.journeyboard.problems.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    private Path badTimestamps() {
        return TestLogs.write(
                dir,
                "bad.csv",
                "case,activity,time",
                "c1,a,2024-01-01T10:00:00Z",
                "c1,b,next tuesday",
                "c2,a,2024-01-01T11:00:00Z",
                ",b,2024-01-01T12:00:00Z");
    }

    @Test
    void failModeRefusesTheLogNamingFileLineColumnValueAndFix() {
        Path file = badTimestamps();
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.csv:3: column 'time' \"next tuesday\" not a timestamp")
                .hasMessageContaining("use ISO-8601")
                .hasMessageContaining("or leave bad rows out with the setting on-error=skip")
                .satisfies(e -> assertThat(((BadInputException) e).problems()).hasSize(1))
                .satisfies(e -> assertThat(((BadInputException) e).remedy().setting())
                        .isEqualTo(new Setting("on-error", "skip")));
    }

    @Test
    void aRowCutShortAfterTheYearIsRefusedInsteadOfReadAs1970() {
        Path file = TestLogs.write(dir, "cut.csv", "case,activity,time", "c1,a,2026-01-05T10:00:00Z", "c1,b,2026");

        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("cut.csv:3: column 'time' \"2026\" a short number among dates (a row cut short?)")
                .hasMessageContaining("give this row its full time like the rows before");
    }

    @Test
    void epochNumbersAloneAndRealEpochTimesAmongDatesAreStillTimes() throws IOException {
        Path numbers = TestLogs.write(dir, "steps.csv", "case,activity,time", "c1,a,1", "c1,b,2026");
        Path mixed =
                TestLogs.write(dir, "mixed.csv", "case,activity,time", "c1,a,2024-01-01T10:00:00Z", "c1,b,1704103500");

        assertThat(EventLogReader.read(numbers, LogReadOptions.defaults()).log().eventCount())
                .isEqualTo(2);
        assertThat(EventLogReader.read(mixed, LogReadOptions.defaults()).log().eventCount())
                .isEqualTo(2);
    }

    @Test
    void skipModeLeavesBadRowsOutAndReportsEachOne() throws IOException {
        LoadedLog loaded =
                EventLogReader.read(badTimestamps(), LogReadOptions.defaults().withOnError(OnError.SKIP));
        assertThat(loaded.log().eventCount()).isEqualTo(2);
        assertThat(loaded.ingest().skippedRows()).isEqualTo(2);
        assertThat(loaded.ingest().firstProblems())
                .extracting(InputProblem::line, InputProblem::column, InputProblem::reason)
                .containsExactly(
                        Tuple.tuple(3L, "time", "not a timestamp"), Tuple.tuple(5L, "case", "the case id is empty"));
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreReportedWithTheirLine() {
        Path file = TestLogs.write(dir, "short.csv", "case,activity,time", "c1,a,2024-01-01T10:00:00Z", "c1,b");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .hasMessageContaining("short.csv:3: the row has 2 fields, the header has 3");
    }

    @Test
    void aMissingRequiredColumnNamesTheSettingAndTheColumns() {
        Path file = TestLogs.write(dir, "nocase.csv", "activity,time", "a,2024-01-01T10:00:00Z");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .hasMessageContaining("no case column found; the columns are [activity, time]; "
                        + "name it with the setting case=NAME")
                .satisfies(e -> assertThat(
                                ((BadInputException) e).problems().getFirst().setting())
                        .isEqualTo(new Setting("case", "NAME")));
    }

    @Test
    void anOverlongFieldIsRefused() {
        Path file = TestLogs.write(
                dir, "long.csv", "case,activity,time", "c1," + "x".repeat(70_000) + ",2024-01-01T10:00:00Z");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .hasMessageContaining("long.csv:2: column 'activity'")
                .hasMessageContaining("over the limit of 65536");
    }

    @Test
    void anUnclosedQuoteThatSwallowsTheFileIsRefused() throws IOException {
        Path file = dir.resolve("quote.csv");
        Files.writeString(
                file,
                "case,activity,time\nc1,\"open quote,2024-01-01T10:00:00Z\n"
                        + "c1,a,2024-01-01T10:00:00Z\n".repeat(200_000));
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "quote.csv: the record at byte 19 is longer than 1048576 bytes (is a quote left open?)");
    }

    @Test
    void aFileOverTheInputLimitIsRefusedBeforeReading() {
        Path file = badTimestamps();
        LogReadOptions options = LogReadOptions.defaults().withLimits(IngestLimits.DEFAULT.withMaxInputBytes(10));
        assertThatThrownBy(() -> EventLogReader.read(file, options))
                .hasMessageContaining("over the input limit of 10 bytes");
    }

    @Test
    void aDecompressionBombIsRefused() throws IOException {
        Path file = dir.resolve("bomb.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("case,activity,time\n".getBytes());
            byte[] rows = "c1,a,2024-01-01T10:00:00Z\n".repeat(40_000).getBytes();
            for (int i = 0; i < 20; i++) {
                out.write(rows);
            }
        }
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void anXesWithAnEntityExpansionDtdIsRefused() {
        Path file = TestLogs.write(
                dir,
                "laughs.xes",
                "<?xml version=\"1.0\"?>",
                "<!DOCTYPE log [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>",
                "<log><trace><string key=\"concept:name\" value=\"&lol2;\"/>",
                "<event><string key=\"concept:name\" value=\"a\"/><date key=\"time:timestamp\" value=\"2024-01-01T00:00:00Z\"/></event>",
                "</trace></log>");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("laughs.xes");
    }

    @Test
    void malformedXesNamesTheLine() {
        Path file = TestLogs.write(dir, "broken.xes", "<log>", "<trace>", "<event>", "</trace></log>");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.xes:4: not well-formed XES");
    }

    @Test
    void aSmallRepetitiveGzipIsStillRead() throws IOException {
        Path file = dir.resolve("small.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("case,activity,time\n" + "c1,a,2024-01-01T10:00:00Z\n".repeat(10_000)).getBytes());
        }
        assertThat(EventLogReader.read(file, LogReadOptions.defaults()).log().eventCount())
                .isEqualTo(10_000);
    }

    @Test
    void aJsonLineThatIsNotAnObjectIsABadRow() throws IOException {
        Path file = TestLogs.write(
                dir,
                "events.jsonl",
                "{\"case\":\"c1\",\"activity\":\"a\",\"time\":\"2024-01-01T10:00:00Z\"}",
                "[1,2]",
                "{\"case\":\"c1\",\"activity\":\"b\",\"time\":\"2024-01-01T10:01:00Z\"}");
        LoadedLog loaded = EventLogReader.read(file, LogReadOptions.defaults().withOnError(OnError.SKIP));
        assertThat(loaded.log().eventCount()).isEqualTo(2);
        assertThat(loaded.ingest().firstProblems().getFirst().line()).isEqualTo(2);
        assertThat(loaded.ingest().firstProblems().getFirst().reason()).isEqualTo("not a JSON object");
    }

    @Test
    void anEmptyFileSaysWhatALogNeeds() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .hasMessageContaining("empty.csv: the file is empty");
    }

    @Test
    void aNonNumericScoreIsABadRow() {
        Path file = TestLogs.write(dir, "score.csv", "case,activity,time,csat", "c1,a,2024-01-01T10:00:00Z,great");
        assertThatThrownBy(() -> EventLogReader.read(file, LogReadOptions.defaults()))
                .hasMessageContaining("score.csv:2: column 'csat' \"great\" not a number");
    }
}
