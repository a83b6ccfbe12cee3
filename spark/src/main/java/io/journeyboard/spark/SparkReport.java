package io.journeyboard.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.painpoints.PainPoint;
import io.journeyboard.analytics.painpoints.PainPointDetection;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.touchpoints.TouchpointAnalysis;
import io.journeyboard.analytics.variants.VariantAnalysis;
import io.journeyboard.spark.figures.CaseSequence;
import io.journeyboard.spark.figures.FunnelFigures;
import io.journeyboard.spark.figures.GroupFigures;
import io.journeyboard.spark.figures.SummaryFigures;
import io.journeyboard.spark.figures.TransitionFigures;
import io.journeyboard.spark.figures.VariantFigures;
import io.journeyboard.spark.input.EventInput;
import io.journeyboard.spark.input.EventRows;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Computes the report of {@code journeyboard analyze} with Spark: the log is read and checked, put in case
 * order once, and each part is aggregated from there; pain points are the analytics module's detection run
 * on those figures. Paths ({@code --paths}) and case filters ({@code --filter}) are not computed here.
 */
public final class SparkReport {

    private SparkReport() {}

    public static AnalyticsReport compute(SparkSession spark, JobOptions options) {
        EventInput.Input input = EventInput.read(spark, options.log(), options.mapping(), options.delimiter());
        EventRows.Parsed parsed = EventRows.parse(input, options.log(), options.onError());
        Dataset<Row> events = parsed.events();
        String[] activityNames = events.select("activity").distinct().as(Encoders.STRING()).collectAsList().stream()
                .sorted()
                .toArray(String[]::new);
        EventRows.requireEvents(activityNames.length, parsed.ingest());
        StageMapping stages = options.stages();
        Dataset<Row> sequence = CaseSequence.of(withStageGroup(spark, events, stages, activityNames));
        try {
            TransitionFigures.Result transitions = TransitionFigures.of(sequence);
            VariantAnalysis variants = VariantFigures.of(events, options.top());
            LogSummary summary = SummaryFigures.of(events, variants.variantCount());
            GroupFigures.Scores scores = GroupFigures.scores(events);
            TouchpointAnalysis groups = new TouchpointAnalysis(
                    stages == null && !input.columns().has(LogColumnRole.STAGE)
                            ? List.of()
                            : GroupFigures.of(sequence, "stageGroup", "prevStageGroup", true, scores),
                    GroupFigures.of(sequence, "activity", "prevActivity", false, scores),
                    input.columns().has(LogColumnRole.CHANNEL)
                            ? GroupFigures.of(sequence, "channel", "prevChannel", true, scores)
                            : List.of());
            FunnelFigures.Result funnel = stages == null
                    ? null
                    : FunnelFigures.of(
                            events,
                            stages,
                            activityNames,
                            AnalyticsOptions.defaults().minCases());
            List<PainPoint> painPoints = PainPointDetection.DEFAULT.detect(
                    funnel == null ? null : funnel.funnel(),
                    groups,
                    transitions.graph(),
                    transitions.medianWaitSeconds(),
                    scores.range());
            return new AnalyticsReport(
                    AnalyticsReport.SCHEMA_VERSION,
                    parsed.ingest(),
                    summary,
                    transitions.graph().edges(),
                    transitions.graph().startActivities(),
                    transitions.graph().endActivities(),
                    variants,
                    null,
                    funnel == null ? null : funnel.funnel(),
                    groups.stages(),
                    groups.touchpoints(),
                    groups.channels(),
                    painPoints,
                    funnel == null ? List.of() : funnel.moments());
        } finally {
            sequence.unpersist();
            events.unpersist();
        }
    }

    /**
     * Adds {@code stageGroup}: the first mapped stage whose activities match the event's, when a funnel is
     * given (as the engine decides, per distinct activity, on the driver); else the log's stage column.
     */
    private static Dataset<Row> withStageGroup(
            SparkSession spark, Dataset<Row> events, StageMapping stages, String[] activityNames) {
        if (stages == null) {
            return events.withColumn("stageGroup", col("stage"));
        }
        List<Row> stageOfActivity = new ArrayList<>();
        for (String activity : activityNames) {
            stages.stages().stream()
                    .filter(stage -> stage.matches(activity))
                    .findFirst()
                    .ifPresent(stage -> stageOfActivity.add(RowFactory.create(activity, stage.name())));
        }
        StructType schema =
                new StructType().add("stageActivity", DataTypes.StringType).add("stageGroup", DataTypes.StringType);
        Dataset<Row> lookup = spark.createDataFrame(stageOfActivity, schema);
        return events.join(broadcast(lookup), col("activity").equalTo(col("stageActivity")), "left")
                .drop("stageActivity");
    }
}
