package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.rint;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.journeyboard.analytics.touchpoints.GroupStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Volume, time spent, rework and scores per group of events (touchpoint, stage or channel), as
 * {@code TouchpointAnalysis} computes them: time spent runs to the case's next event; rework is a touchpoint
 * done twice in a case, or a stage or channel entered again after leaving it ({@code byRuns}).
 */
public final class GroupFigures {

    /** Whether the log's scores allow NPS, and their range (the midpoint of "low" scores). */
    public record Scores(boolean npsScale, double[] range) {}

    private static final UserDefinedFunction HAS_TEXT =
            udf((UDF1<String, Boolean>) text -> text != null && !text.isBlank(), DataTypes.BooleanType);

    private GroupFigures() {}

    public static Scores scores(Dataset<Row> events) {
        Column offScale =
                col("score").lt(0).or(col("score").gt(10)).or(col("score").notEqual(rint(col("score"))));
        Row row = events.agg(
                        count(col("score")),
                        sum(when(offScale, 1L).otherwise(0L)),
                        min(col("score")),
                        max(col("score")))
                .first();
        boolean any = row.getLong(0) > 0;
        return new Scores(
                any && row.getLong(1) == 0,
                any ? new double[] {row.getDouble(2), row.getDouble(3)} : new double[] {0, 0});
    }

    /** The groups of column {@code group} (events where it is null belong to none), most events first. */
    public static List<GroupStats> of(
            Dataset<Row> sequence, String group, String previousGroup, boolean byRuns, Scores scores) {
        Dataset<Row> grouped = sequence.where(col(group).isNotNull())
                .withColumn("spent", when(col("nextT").isNotNull(), col("nextT").minus(col("t"))));
        Map<List<Object>, Ranks.Sorted> medians =
                Ranks.of(grouped.where(col("spent").isNotNull()), List.of(group), "spent", 0.5);
        Column newVisit = byRuns
                ? when(col(previousGroup).isNull().or(col(previousGroup).notEqual(col(group))), 1L)
                        .otherwise(0L)
                : lit(1L);
        Map<String, Long> rework = new HashMap<>();
        grouped.groupBy(col(group), col("case"))
                .agg(sum(newVisit).as("visits"))
                .groupBy(col(group))
                .agg(sum(when(col("visits").geq(2), 1L).otherwise(0L)))
                .collectAsList()
                .forEach(row -> rework.put(row.getString(0), row.getLong(1)));
        List<GroupStats> stats = new ArrayList<>();
        for (Row row : grouped.groupBy(col(group))
                .agg(
                        count(lit(1)),
                        countDistinct(col("case")),
                        coalesce(avg(col("spent").divide(1e6)), lit(0.0)),
                        count(col("score")),
                        coalesce(sum(col("score")), lit(0.0)),
                        sum(when(col("score").geq(9), 1L).otherwise(0L)),
                        sum(when(col("score").leq(6), 1L).otherwise(0L)),
                        sum(when(HAS_TEXT.apply(col("text")), 1L).otherwise(0L)))
                .collectAsList()) {
            String name = row.getString(0);
            Ranks.Sorted spent = medians.get(List.of(name));
            stats.add(GroupStats.of(
                    name,
                    row.getLong(1),
                    row.getLong(2),
                    row.getDouble(3),
                    spent == null ? 0 : spent.percentile(0.5, 1e6),
                    rework.get(name),
                    row.getLong(4),
                    row.getDouble(5),
                    row.getLong(6),
                    row.getLong(7),
                    row.getLong(8),
                    scores.npsScale()));
        }
        stats.sort(GroupStats.BY_EVENTS);
        return stats;
    }
}
