package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.journeyboard.analytics.transitions.TransitionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The directly-follows graph and the median of all waits, from the events in case order. */
public final class TransitionFigures {

    /** The graph, and the median wait of all transitions in seconds (the yardstick of long waits). */
    public record Result(TransitionGraph graph, double medianWaitSeconds) {}

    private TransitionFigures() {}

    public static Result of(Dataset<Row> sequence) {
        Dataset<Row> waits = sequence.where(col("prevActivity").isNotNull())
                .select(
                        col("prevActivity").as("from"),
                        col("activity").as("to"),
                        col("case"),
                        col("t").minus(col("prevT")).as("wait"));
        Map<List<Object>, Ranks.Sorted> medians = Ranks.of(waits, List.of("from", "to"), "wait", 0.5);
        List<TransitionGraph.Edge> edges = new ArrayList<>();
        for (Row row : waits.groupBy("from", "to")
                .agg(count(lit(1)), countDistinct(col("case")), sum(col("wait")))
                .collectAsList()) {
            String from = row.getString(0);
            String to = row.getString(1);
            long n = row.getLong(2);
            Ranks.Sorted sorted = medians.get(List.of(from, to));
            // As the engine: the two middle waits added in microseconds, then halved into seconds
            double median = (sorted.value((n - 1) / 2) + sorted.value(n / 2)) / 2e6;
            edges.add(new TransitionGraph.Edge(from, to, n, row.getLong(3), row.getLong(4) / 1e6 / n, median));
        }
        Ranks.Sorted all = Ranks.of(waits, List.of(), "wait", 0.5).get(List.of());
        double medianWait = all == null ? 0 : all.percentile(0.5, 1e6);
        TransitionGraph graph = TransitionGraph.ranked(
                edges,
                endpoints(sequence.where(col("pos").equalTo(1))),
                endpoints(sequence.where(col("pos").equalTo(col("caseLength")))));
        return new Result(graph, medianWait);
    }

    private static List<TransitionGraph.Endpoint> endpoints(Dataset<Row> events) {
        return events.groupBy("activity").count().collectAsList().stream()
                .map(row -> new TransitionGraph.Endpoint(row.getString(0), row.getLong(1)))
                .toList();
    }
}
