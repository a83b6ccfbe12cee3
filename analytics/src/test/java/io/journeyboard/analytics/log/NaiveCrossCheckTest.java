package io.journeyboard.analytics.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against a deliberately naive reading of the same real CSV logs: String.split, java.time
 * parsing, a stable List.sort per case, hash maps of edges and variants. A python3 script (csv module,
 * datetime.fromisoformat, sort by (time, row)) printed the same counts, written below as constants.
 */
class NaiveCrossCheckTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]XXX");

    record Row(String activity, OffsetDateTime time, int index) {}

    @ParameterizedTest
    @CsvSource({
        // file, case column, activity column, time column, events, cases, activities, edges, transitions, variants
        "receipt.csv, case:concept:name, concept:name, time:timestamp, 8577, 1434, 27, 99, 7143, 116",
        "running-example.csv, CaseID, Activity, Timestamp, 42, 6, 8, 16, 36, 6"
    })
    void engineAgreesWithANaiveImplementation(
            String file,
            String caseColumn,
            String activityColumn,
            String timeColumn,
            long events,
            long cases,
            int activities,
            int edges,
            long transitions,
            long variants)
            throws IOException {
        Map<String, List<Row>> naive = naiveCases(file, caseColumn, activityColumn, timeColumn);
        Map<String, long[]> naiveEdges = new HashMap<>();
        Map<String, Double> naiveSeconds = new HashMap<>();
        Map<String, List<Double>> naiveWaits = new HashMap<>();
        Set<List<String>> naiveVariants = new HashSet<>();
        for (List<Row> rows : naive.values()) {
            naiveVariants.add(rows.stream().map(Row::activity).toList());
            for (int i = 1; i < rows.size(); i++) {
                String key = rows.get(i - 1).activity() + " -> " + rows.get(i).activity();
                naiveEdges.computeIfAbsent(key, k -> new long[1])[0]++;
                double seconds =
                        Duration.between(rows.get(i - 1).time(), rows.get(i).time())
                                        .toNanos()
                                / 1e9;
                naiveSeconds.merge(key, seconds, Double::sum);
                naiveWaits.computeIfAbsent(key, k -> new ArrayList<>()).add(seconds);
            }
        }

        EventLog log = EventLogReader.read(SharedData.file(file), LogReadOptions.defaults())
                .log();
        TransitionGraph graph = TransitionGraph.of(log);
        LogSummary summary = LogSummary.of(log, VariantAnalysis.of(log, 1).variantCount());

        assertThat(summary.events())
                .isEqualTo(events)
                .isEqualTo(naive.values().stream().mapToLong(List::size).sum());
        assertThat(summary.cases()).isEqualTo(cases).isEqualTo(naive.size());
        assertThat(summary.activities()).isEqualTo(activities);
        assertThat(summary.variants()).isEqualTo(variants).isEqualTo(naiveVariants.size());
        assertThat(graph.edges()).hasSize(edges).hasSize(naiveEdges.size());
        assertThat(graph.totalTransitions()).isEqualTo(transitions);
        for (TransitionGraph.Edge edge : graph.edges()) {
            String key = edge.from() + " -> " + edge.to();
            assertThat(edge.count()).as(key).isEqualTo(naiveEdges.get(key)[0]);
            assertThat(edge.meanSeconds()).as(key).isCloseTo(naiveSeconds.get(key) / edge.count(), within(1e-6));
            List<Double> waits = naiveWaits.get(key);
            waits.sort(null);
            double median = waits.size() % 2 == 1
                    ? waits.get(waits.size() / 2)
                    : (waits.get(waits.size() / 2 - 1) + waits.get(waits.size() / 2)) / 2;
            assertThat(edge.medianSeconds()).as(key).isCloseTo(median, within(1e-6));
        }
    }

    private static Map<String, List<Row>> naiveCases(
            String file, String caseColumn, String activityColumn, String timeColumn) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file(file));
        List<String> header = List.of(lines.getFirst().split(","));
        Map<String, List<Row>> cases = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            cases.computeIfAbsent(fields[header.indexOf(caseColumn)], k -> new ArrayList<>())
                    .add(new Row(
                            fields[header.indexOf(activityColumn)],
                            OffsetDateTime.parse(fields[header.indexOf(timeColumn)], TIME),
                            i));
        }
        cases.values()
                .forEach(rows ->
                        rows.sort(Comparator.comparing((Row r) -> r.time().toInstant())));
        return cases;
    }
}
