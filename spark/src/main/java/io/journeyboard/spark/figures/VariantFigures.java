package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import io.journeyboard.analytics.variants.VariantAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Variants: each case's activities in case order, counted; the top ones listed as the engine lists them. */
public final class VariantFigures {

    private VariantFigures() {}

    public static VariantAnalysis of(Dataset<Row> events, int top) {
        Dataset<Row> variants = events.groupBy("case")
                .agg(expr("transform(array_sort(collect_list(struct(t, file, idx, activity))), e -> e.activity)")
                        .as("variant"))
                .groupBy("variant")
                .count()
                .cache();
        long variantCount = variants.count();
        long cases = variants.agg(expr("sum(count)")).first().getLong(0);
        List<VariantAnalysis.Variant> listed = new ArrayList<>();
        for (Row row : variants.orderBy(col("count").desc(), array_join(col("variant"), "\u0000"))
                .limit(top)
                .collectAsList()) {
            long count = row.getLong(1);
            listed.add(new VariantAnalysis.Variant(List.copyOf(row.<String>getList(0)), count, (double) count / cases));
        }
        // Spark orders strings by their UTF-8 bytes; the engine by Java's compareTo: sort the listed ones again
        listed.sort(Comparator.comparingLong(VariantAnalysis.Variant::cases)
                .reversed()
                .thenComparing(v -> String.join("\u0000", v.activities())));
        variants.unpersist();
        return new VariantAnalysis(variantCount, cases, listed);
    }
}
