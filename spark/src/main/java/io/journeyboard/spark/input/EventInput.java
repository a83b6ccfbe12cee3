package io.journeyboard.spark.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a log into rows of text, one column per role (null where the role is not mapped) plus the file and
 * an input index. The index is taken at the scan, before any shuffle: rows of one file get increasing
 * indexes in file order, so sorting by (time, file, index) keeps the input order of equal times.
 */
public final class EventInput {

    /** Column names of the rows read: the roles, lower case, then {@link #FILE} and {@link #INDEX}. */
    public static final String FILE = "file";

    public static final String INDEX = "idx";

    /** What was read: the rows, the columns found for each role, the format and the input's size in bytes. */
    public record Input(Dataset<Row> rows, LogColumnMapping.ResolvedColumns columns, String format, long bytes) {}

    private EventInput() {}

    public static Input read(SparkSession spark, String log, LogColumnMapping mapping, Character delimiter) {
        long bytes = size(spark, log);
        String format = format(log);
        Dataset<Row> raw = switch (format) {
            case "parquet" -> spark.read().parquet(log);
            case "jsonl", "jsonl.gz" ->
                spark.read().option("primitivesAsString", true).json(log);
            default ->
                spark.read()
                        .option("header", true)
                        .option("escape", "\"")
                        .option("sep", String.valueOf(delimiter != null ? delimiter : detectDelimiter(spark, log)))
                        .csv(log);
        };
        LogColumnMapping.ResolvedColumns columns = mapping.resolve(Arrays.asList(raw.columns()), log);
        List<Column> selected = new ArrayList<>();
        for (LogColumnRole role : LogColumnRole.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            selected.add(
                    columns.has(role)
                            ? col(quoted(columns.name(role))).cast("string").as(name)
                            : lit(null).cast("string").as(name));
        }
        selected.add(input_file_name().as(FILE));
        selected.add(monotonically_increasing_id().as(INDEX));
        return new Input(raw.select(selected.toArray(Column[]::new)), columns, format, bytes);
    }

    /** As the engine names formats; Parquet by its suffix, XES refused (convert it first). */
    static String format(String log) {
        String name = new Path(log).getName().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".parquet")) {
            return "parquet";
        }
        if (base.endsWith(".xes")) {
            throw BadInputException.whole(
                    log,
                    "the Spark job reads CSV, JSON lines and Parquet, not XES",
                    "convert it first, e.g. with journeyboard analyze's reader into CSV");
        }
        String format = base.endsWith(".jsonl") || base.endsWith(".ndjson") ? "jsonl" : "csv";
        return format + (gzip ? ".gz" : "");
    }

    /** The most frequent of , ; tab | in the header line, as the engine's CSV reader chooses. */
    private static char detectDelimiter(SparkSession spark, String log) {
        List<String> head = spark.read().textFile(log).limit(1).collectAsList();
        if (head.isEmpty()) {
            throw BadInputException.whole(log, "the file is empty", "give a header line and events");
        }
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = head.get(0).chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static long size(SparkSession spark, String log) {
        Path path = new Path(log);
        try {
            FileSystem filesystem = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!filesystem.exists(path)) {
                throw BadInputException.whole(log, "no such file or directory", "give the path or URI of an event log");
            }
            return filesystem.getContentSummary(path).getLength();
        } catch (IOException e) {
            throw BadInputException.whole(
                    log,
                    "cannot be read (" + e.getMessage() + ")",
                    "check that the path exists and the job may read it");
        }
    }

    /** Column names with dots or colons (case:concept:name) must be quoted for Spark. */
    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
