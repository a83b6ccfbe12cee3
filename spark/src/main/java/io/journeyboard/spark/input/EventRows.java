package io.journeyboard.spark.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.IngestReport;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.analytics.log.TimestampParser;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Parses and checks the rows read, with the engine's rules and messages: an empty case or activity, a time
 * that is not a timestamp (the engine's own parser), a score that is not a number. Bad rows fail the job with
 * the first located problem, or are left out and counted. The events have columns {@code case, activity, t}
 * (epoch microseconds), {@code channel, stage, resource, score, text, file, idx}.
 */
public final class EventRows {

    /** Good events, cached, and the ingest part of the report. */
    public record Parsed(Dataset<Row> events, IngestReport ingest) {}

    private static final int MAX_REPORTED_PROBLEMS = 20;
    private static final UserDefinedFunction TIME = udf(
            (UDF1<String, Long>) text -> {
                long micros = text == null ? TimestampParser.INVALID : TimestampParser.parse(text);
                return micros == TimestampParser.INVALID ? null : micros;
            },
            DataTypes.LongType);
    /** Null for no score, NaN for one that is not a finite number. */
    private static final UserDefinedFunction SCORE = udf(
            (UDF1<String, Double>) text -> {
                if (text == null || text.isEmpty()) {
                    return null;
                }
                try {
                    double score = Double.parseDouble(text.trim());
                    return Double.isFinite(score) ? score : Double.NaN;
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            },
            DataTypes.DoubleType);

    private EventRows() {}

    public static Parsed parse(EventInput.Input input, String log, OnError onError) {
        Dataset<Row> checked = input.rows()
                .withColumn("t", TIME.apply(col("time")))
                .withColumn("scoreValue", SCORE.apply(col("score")));
        Column empty = lit("");
        checked = checked.withColumn(
                        "problem",
                        when(coalesce(col("case"), empty).equalTo(empty), lit("case"))
                                .when(coalesce(col("activity"), empty).equalTo(empty), lit("activity"))
                                .when(col("t").isNull(), lit("time"))
                                .when(isnan(col("scoreValue")), lit("score")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> bad = checked.where(col("problem").isNotNull());
        long badRows = bad.count();
        // Failing, the engine's reader stops at the first bad row of a chunk: the first one is what it names
        int reported = onError == OnError.FAIL ? 1 : MAX_REPORTED_PROBLEMS;
        List<InputProblem> first = badRows == 0
                ? List.of()
                : ProblemLocator.locate(
                        checked,
                        bad.orderBy(EventInput.FILE, EventInput.INDEX)
                                .limit(reported)
                                .collectAsList(),
                        input,
                        log);
        if (badRows > 0 && onError == OnError.FAIL) {
            // as the engine, which stops reading at the first bad row, name that one only
            throw new BadInputException(first, first.size(), EventLogReader.SKIP_BAD_ROWS);
        }
        Dataset<Row> events = checked.where(col("problem").isNull())
                .select(
                        col("case"),
                        col("activity"),
                        col("t"),
                        col("channel"),
                        col("stage"),
                        col("resource"),
                        col("scoreValue").as("score"),
                        col("text"),
                        col(EventInput.FILE),
                        col(EventInput.INDEX));
        IngestReport ingest =
                new IngestReport(log, input.format(), used(input), detected(input), input.bytes(), badRows, first);
        return new Parsed(events, ingest);
    }

    /** Fails as the engine does when no row is left. */
    public static void requireEvents(long events, IngestReport ingest) {
        if (events == 0) {
            throw ingest.firstProblems().isEmpty()
                    ? BadInputException.whole(
                            ingest.file(), "no events could be read", "give a log with at least one event")
                    : new BadInputException(ingest.firstProblems(), ingest.skippedRows(), null);
        }
    }

    private static Map<String, String> used(EventInput.Input input) {
        Map<String, String> used = new LinkedHashMap<>();
        for (LogColumnRole role : LogColumnRole.values()) {
            if (input.columns().has(role)) {
                used.put(role.settingName(), input.columns().name(role));
            }
        }
        return used;
    }

    private static List<String> detected(EventInput.Input input) {
        return input.columns().detected().stream()
                .map(LogColumnRole::settingName)
                .toList();
    }

    /** Why and how to fix, per checked column, worded as the engine words them. */
    static InputProblem problem(String file, long line, EventInput.Input input, Row row) {
        String kind = row.getAs("problem");
        LogColumnRole role = LogColumnRole.valueOf(kind.toUpperCase(Locale.ROOT));
        String column = input.columns().name(role);
        String value = row.getAs(kind);
        return switch (role) {
            case CASE -> new InputProblem(file, line, column, "", "the case id is empty", "give every row a case id");
            case ACTIVITY ->
                new InputProblem(file, line, column, "", "the activity is empty", "give every row an activity");
            case TIME ->
                new InputProblem(
                        file,
                        line,
                        column,
                        value == null ? "" : value,
                        "not a timestamp",
                        "use ISO-8601 such as 2024-03-01T09:30:00+01:00, or epoch seconds or milliseconds");
            default ->
                new InputProblem(
                        file, line, column, value.trim(), "not a number", "write scores as numbers, e.g. 4 or 8.5");
        };
    }
}
