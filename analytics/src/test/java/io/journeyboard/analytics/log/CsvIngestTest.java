package io.journeyboard.analytics.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.ingest.EventLogReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvIngestTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithDelimitersNewlinesAndDoubledQuotes() {
        Path file = TestLogs.write(
                dir,
                "quoted.csv",
                "case,activity,time",
                "c1,\"Call, then \"\"hold\"\"\",2024-01-01T10:00:00Z",
                "c1,\"two",
                "lines\",2024-01-01T11:00:00Z",
                "c2,visit,2024-01-01T09:00:00Z");
        EventLog log = TestLogs.load(file, LogReadOptions.defaults()).log();
        assertThat(log.caseNames()).containsExactly("c1", "c2");
        assertThat(log.activityNames()).containsExactly("Call, then \"hold\"", "two\nlines", "visit");
    }

    @Test
    void detectsSemicolonAndTabDelimitersAndCrlf() throws IOException {
        Path semicolon = dir.resolve("semi.csv");
        Files.writeString(
                semicolon, "CaseID;Activity;Timestamp\r\nc1;a;2024-01-01 10:00:00\r\nc1;b;2024-01-01 10:01:00\r\n");
        Path tab = TestLogs.write(dir, "tab.tsv", "session_id\tevent\tts", "s1\tx\t1704103200", "s1\ty\t1704103260");
        EventLog semi = TestLogs.load(semicolon, LogReadOptions.defaults()).log();
        assertThat(semi.activityNames()).containsExactly("a", "b");
        assertThat(semi.timeMicros()[1] - semi.timeMicros()[0]).isEqualTo(60_000_000L);
        LoadedLog tabs = TestLogs.load(tab, LogReadOptions.defaults());
        assertThat(tabs.log().activityNames()).containsExactly("x", "y");
        assertThat(tabs.ingest().columns()).containsEntry("case", "session_id").containsEntry("time", "ts");
        assertThat(tabs.ingest().detected()).containsExactly("case", "activity", "time");
    }

    @Test
    void givenColumnsOverrideDetection() {
        Path file = TestLogs.write(dir, "given.csv", "who,what,when,activity", "u1,open,2024-01-01T10:00:00Z,ignored");
        LoadedLog loaded = TestLogs.load(
                file,
                LogReadOptions.defaults()
                        .withMapping(new LogColumnMapping(
                                Map.of(
                                        LogColumnRole.CASE,
                                        "who",
                                        LogColumnRole.ACTIVITY,
                                        "what",
                                        LogColumnRole.TIME,
                                        "when"),
                                List.of())));
        assertThat(loaded.log().activityNames()).containsExactly("open");
        assertThat(loaded.ingest().detected()).isEmpty();
    }

    @Test
    void keepsInputOrderForEventsWithTheSameTimestamp() {
        Path file = TestLogs.write(
                dir,
                "ties.csv",
                "case,activity,time",
                "c1,late,2024-01-01T10:05:00Z",
                "c1,first,2024-01-01T10:00:00Z",
                "c1,second,2024-01-01T10:00:00Z");
        EventLog log = TestLogs.load(file, LogReadOptions.defaults()).log();
        assertThat(Arrays.stream(log.activity()).mapToObj(a -> log.activityNames()[a]))
                .containsExactly("first", "second", "late");
    }

    @Test
    void parallelChunksReadTheSameLogAsOneThread() throws IOException {
        Path file = dir.resolve("big.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("case,activity,time,comment\n");
            for (int i = 0; i < 400_000; i++) {
                // Quoted newlines everywhere, so some chunk guesses land inside a quoted field.
                out.write("c" + (i % 5_000) + ",act" + (i % 7) + "," + (1_704_067_200L + i) + ",\"note\n" + i
                        + " on the customer's call\"\n");
            }
        }
        LogReadOptions one = LogReadOptions.defaults().withDelimiter(',');
        LoadedLog parallel = TestLogs.load(
                file, new LogReadOptions(one.mapping(), ',', OnError.FAIL, one.limits(), 2, one.progress()));
        LoadedLog single = TestLogs.load(
                file, new LogReadOptions(one.mapping(), ',', OnError.FAIL, one.limits(), 1, one.progress()));
        assertThat(Files.size(file)).isGreaterThan(16L << 20);
        assertThat(parallel.log().eventCount()).isEqualTo(400_000);
        assertThat(parallel.log().caseNames()).isEqualTo(single.log().caseNames());
        assertThat(parallel.log().activity()).isEqualTo(single.log().activity());
        assertThat(parallel.log().timeMicros()).isEqualTo(single.log().timeMicros());
    }

    @Test
    void readsJsonLinesWithNumbersAndStrings() {
        Path file = TestLogs.write(
                dir,
                "events.jsonl",
                "{\"user_id\": 7, \"event\": \"signup\", \"timestamp\": 1704103200, \"channel\": \"web\", \"rating\": 9}",
                "",
                "{\"user_id\": 7, \"event\": \"purchase\", \"timestamp\": \"2024-01-01T10:05:00Z\", \"channel\": \"app\"}");
        EventLog log = TestLogs.load(file, LogReadOptions.defaults()).log();
        assertThat(log.caseNames()).containsExactly("7");
        assertThat(log.channel().values()).containsExactly("web", "app");
        assertThat(log.score()[0]).isEqualTo(9.0);
        assertThat(log.score()[1]).isNaN();
    }

    @Test
    void readsTheRoadTrafficXes() throws IOException {
        LoadedLog loaded = EventLogReader.read(SharedData.file("roadtraffic100traces.xes"), LogReadOptions.defaults());
        assertThat(loaded.log().caseCount()).isEqualTo(100);
        assertThat(loaded.log().activityNames()).contains("Create Fine", "Send Fine");
    }
}
