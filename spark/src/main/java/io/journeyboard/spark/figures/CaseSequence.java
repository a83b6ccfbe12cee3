package io.journeyboard.spark.figures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * The events in case order, each with its neighbours: {@code pos} (1-based place in its case),
 * {@code caseLength}, and the previous event's activity, time and groups, the next event's time. Order in a
 * case is by time, then file and input index, so equal times keep the input order as in the engine.
 */
public final class CaseSequence {

    /** Columns that order events in a case. */
    public static final Column[] ORDER = {col("t"), col("file"), col("idx")};

    private CaseSequence() {}

    /** The events must have a {@code stageGroup} column: each event's stage (mapped or from the log), or null. */
    public static Dataset<Row> of(Dataset<Row> events) {
        WindowSpec inCase = Window.partitionBy(col("case")).orderBy(ORDER);
        return events.withColumn("pos", row_number().over(inCase))
                .withColumn("caseLength", count(lit(1)).over(Window.partitionBy(col("case"))))
                .withColumn("prevActivity", lag(col("activity"), 1).over(inCase))
                .withColumn("prevT", lag(col("t"), 1).over(inCase))
                .withColumn("nextT", lead(col("t"), 1).over(inCase))
                .withColumn("prevChannel", lag(col("channel"), 1).over(inCase))
                .withColumn("prevStageGroup", lag(col("stageGroup"), 1).over(inCase))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }
}
