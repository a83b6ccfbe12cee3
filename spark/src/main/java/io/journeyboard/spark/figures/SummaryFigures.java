package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import io.journeyboard.analytics.summary.LogSummary;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The size and shape of the log: counts, first and last event, case length and duration distributions. */
public final class SummaryFigures {

    private SummaryFigures() {}

    public static LogSummary of(Dataset<Row> events, long variants) {
        Row totals = events.agg(
                        count(lit(1)),
                        countDistinct(col("case")),
                        countDistinct(col("activity")),
                        countDistinct(col("channel")),
                        min(col("t")),
                        max(col("t")))
                .first();
        Dataset<Row> cases = events.groupBy("case")
                .agg(
                        count(lit(1)).as("length"),
                        max(col("t")).minus(min(col("t"))).as("duration"));
        Ranks.Sorted lengths = Ranks.of(cases, List.of(), "length", 0.5, 0.9).get(List.of());
        Ranks.Sorted durations =
                Ranks.of(cases, List.of(), "duration", 0.5, 0.9).get(List.of());
        return LogSummary.of(
                totals.getLong(0),
                totals.getLong(1),
                (int) totals.getLong(2),
                (int) totals.getLong(3),
                variants,
                totals.getLong(4),
                totals.getLong(5),
                lengths.distribution(1),
                durations.distribution(1e6));
    }
}
