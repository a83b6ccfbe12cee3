package io.journeyboard.spark;

import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.AnalyticsReportJson;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The entry point for {@code spark-submit --class io.journeyboard.spark.SparkReportJob journeyboard-spark.jar
 * LOG [options]} (docs/spark.md). Writes the JSON report to {@code -o FILE} (any Hadoop filesystem; written
 * beside and renamed, so never half a report) or to standard output. Bad input ends with the located message
 * on standard error and exit status 1, as {@code journeyboard analyze}.
 */
public final class SparkReportJob {

    static final int BAD_INPUT = 1;

    private SparkReportJob() {}

    /** The job's command line names settings as options, as {@code journeyboard analyze} does. */
    static final Setting.Wording FLAG = setting -> "--" + setting.name() + " " + setting.value();

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(BAD_INPUT);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder()
                .appName("journeyboard report " + options.log())
                .config("spark.sql.session.timeZone", "UTC");
        if (options.master() != null) {
            builder.master(options.master()).config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int status = 0;
        try {
            AnalyticsReport report = SparkReport.compute(spark, options);
            write(spark, report, options.output());
        } catch (BadInputException e) {
            System.err.println("error: " + e.describe(FLAG));
            status = BAD_INPUT;
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    static void write(SparkSession spark, AnalyticsReport report, String output) throws IOException {
        if (output == null) {
            PrintStream out = System.out;
            AnalyticsReportJson.write(report, out);
            out.println();
            out.flush();
            return;
        }
        Path target = new Path(output);
        Path partial = new Path(output + ".partial");
        FileSystem filesystem = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (filesystem instanceof LocalFileSystem local) {
            filesystem = local.getRawFileSystem(); // no .crc files beside a report on a local disk
        }
        try (OutputStream out = filesystem.create(partial, true)) {
            AnalyticsReportJson.write(report, out);
        }
        filesystem.delete(target, false);
        if (!filesystem.rename(partial, target)) {
            throw new IOException("could not move " + partial + " to " + target);
        }
    }
}
