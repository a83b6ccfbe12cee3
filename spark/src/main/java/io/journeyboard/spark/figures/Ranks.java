package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.journeyboard.analytics.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Exact order statistics per group: each group's values are ranked by a window and only the values at the
 * ranks a percentile needs reach the driver, which then interpolates as {@link Distribution} does. Values are
 * whole numbers (microseconds, counts) divided by a scale, so their order is the order of the doubles the
 * engine sorts.
 */
public final class Ranks {

    /** A group's count and the values at the ranks asked for. */
    public record Sorted(long count, Map<Long, Long> at) {

        public long value(long rank) {
            return at.get(rank);
        }

        /** The percentile {@code p} of the values divided by {@code scale}, as {@link Distribution#percentile}. */
        public double percentile(double p, double scale) {
            double rank = p * (count - 1);
            long low = (long) Math.floor(rank);
            long high = Math.min(count - 1, low + 1);
            return Distribution.between(value(low) / scale, value(high) / scale, rank - low);
        }

        /** Minimum, median, 90th percentile and maximum, as {@link Distribution#of}. */
        public Distribution distribution(double scale) {
            return new Distribution(
                    value(0) / scale, percentile(0.5, scale), percentile(0.9, scale), value(count - 1) / scale);
        }
    }

    private Ranks() {}

    /**
     * The values of column {@code value} (a long) at the ranks of the {@code percentiles}, and the first and
     * last, per distinct value of the {@code keys} columns (the map's key lists them in order; no keys, one
     * group with the empty list).
     */
    public static Map<List<Object>, Sorted> of(
            Dataset<Row> rows, List<String> keys, String value, double... percentiles) {
        Column[] keyColumns = keys.stream().map(k -> col(k)).toArray(Column[]::new);
        WindowSpec group = Window.partitionBy(keyColumns);
        Dataset<Row> numbered = rows.withColumn(
                        "rank", row_number().over(group.orderBy(col(value))).minus(1))
                .withColumn("n", count(lit(1)).over(group));
        Column wanted = col("rank").equalTo(0).or(col("rank").equalTo(col("n").minus(1)));
        for (double p : percentiles) {
            Column low = floor(lit(p).multiply(col("n").minus(1)));
            wanted = wanted.or(col("rank").equalTo(low)).or(col("rank").equalTo(low.plus(1)));
        }
        List<Column> selected = new ArrayList<>(List.of(keyColumns));
        selected.add(col("rank"));
        selected.add(col(value));
        selected.add(col("n"));
        Map<List<Object>, Long> counts = new HashMap<>();
        Map<List<Object>, Map<Long, Long>> values = new HashMap<>();
        for (Row row :
                numbered.where(wanted).select(selected.toArray(Column[]::new)).collectAsList()) {
            List<Object> key = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                key.add(row.get(k));
            }
            counts.put(key, row.getLong(keys.size() + 2));
            long rank = ((Number) row.get(keys.size())).longValue();
            values.computeIfAbsent(key, x -> new HashMap<>())
                    .put(rank, ((Number) row.get(keys.size() + 1)).longValue());
        }
        Map<List<Object>, Sorted> sorted = new HashMap<>();
        counts.forEach((key, n) -> sorted.put(key, new Sorted(n, values.get(key))));
        return sorted;
    }
}
