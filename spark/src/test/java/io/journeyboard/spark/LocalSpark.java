package io.journeyboard.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark for the tests: two cores, no UI, few shuffle partitions and small input splits. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("journeyboard-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.shuffle.partitions", "4")
                    // Several splits per file, so cases and equal times straddle partitions
                    .config("spark.sql.files.maxPartitionBytes", String.valueOf(1 << 20))
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
