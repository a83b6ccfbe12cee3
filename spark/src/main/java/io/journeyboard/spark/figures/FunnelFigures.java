package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.moments.MomentOfTruth;
import io.journeyboard.analytics.moments.MomentsOfTruth;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The stage funnel and the moments of truth: cases are matched against the stages by the engine's own matcher
 * in each partition ({@link CaseFunnels}), then counted; steps and the ranking are the analytics module's.
 */
public final class FunnelFigures {

    /** The funnel (its per-case flags are not kept) and the moments of truth. */
    public record Result(FunnelAnalysis funnel, List<MomentOfTruth> moments) {}

    private FunnelFigures() {}

    public static Result of(Dataset<Row> events, StageMapping mapping, String[] activityNames, int minCases) {
        Dataset<Row> cases = events.select("case", "activity", "t", "file", "idx")
                .repartition(col("case"))
                .sortWithinPartitions(col("case"), col("t"), col("file"), col("idx"))
                .mapPartitions(new CaseFunnels(mapping, activityNames), Encoders.row(CaseFunnels.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> waits = cases.select(posexplode(col("waits")).as(new String[] {"stage", "wait"}))
                .where(col("wait").isNotNull());
        Map<List<Object>, Ranks.Sorted> medians = Ranks.of(waits, List.of("stage"), "wait", 0.5);
        int stages = mapping.stages().size();
        long[] reached = new long[stages];
        double[] mean = new double[stages];
        double[] median = new double[stages];
        for (Row row : waits.groupBy("stage")
                .agg(count(lit(1)), avg(col("wait").divide(1e6)))
                .collectAsList()) {
            int s = row.getInt(0);
            reached[s] = row.getLong(1);
            mean[s] = row.getDouble(2);
            median[s] = medians.get(List.of(s)).percentile(0.5, 1e6);
        }
        FunnelAnalysis funnel = new FunnelAnalysis(
                mapping.order(),
                mapping.windowSeconds(),
                FunnelAnalysis.steps(mapping, reached, mean, median),
                null,
                null);
        List<MomentOfTruth> moments = moments(cases.where(col("entered")), mapping, minCases);
        cases.unpersist();
        return new Result(funnel, moments);
    }

    private static List<MomentOfTruth> moments(Dataset<Row> entered, StageMapping mapping, int minCases) {
        Row totals = entered.agg(count(lit(1)), sum(when(col("converted"), 1L).otherwise(0L)))
                .first();
        List<Row> touchpoints = entered.select(explode(col("activities")).as("activity"), col("converted"))
                .groupBy("activity")
                .agg(count(lit(1)), sum(when(col("converted"), 1L).otherwise(0L)))
                .collectAsList();
        String[] names = new String[touchpoints.size()];
        long[] with = new long[names.length];
        long[] convertedWith = new long[names.length];
        for (int a = 0; a < names.length; a++) {
            names[a] = touchpoints.get(a).getString(0);
            with[a] = touchpoints.get(a).getLong(1);
            convertedWith[a] = touchpoints.get(a).getLong(2);
        }
        return MomentsOfTruth.rank(
                names,
                with,
                convertedWith,
                totals.getLong(0),
                totals.isNullAt(1) ? 0 : totals.getLong(1),
                a -> mapping.lastRequired().matches(names[a]),
                minCases,
                10);
    }
}
