package io.journeyboard.bench.analytics;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB computing the same figures from the same CSV, in a fresh in-memory database each run:
 * load with typed columns, directly-follows edges with LEAD over (case, time, file order) with count,
 * distinct cases, mean and median duration, and variants as ordered string_agg per case (count and top 10).
 */
final class DuckDbSide {

    private DuckDbSide() {}

    static Figures run(Path csv, int threads, long[] loadNanos) throws SQLException {
        return run(csvScan(csv), threads, loadNanos);
    }

    /** The same figures from a Parquet file of the same columns (written by {@link #writeParquet}). */
    static Figures runParquet(Path parquet, int threads, long[] loadNanos) throws SQLException {
        return run("read_parquet('" + quoted(parquet) + "')", threads, loadNanos);
    }

    /** Writes the CSV's events, typed, as one Parquet file (DuckDB's writer, snappy). */
    static void writeParquet(Path csv, Path parquet) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute("COPY (SELECT * FROM " + csvScan(csv) + ") TO '" + quoted(parquet) + "' (FORMAT parquet)");
        }
    }

    private static String csvScan(Path csv) {
        return "read_csv('" + quoted(csv) + "', header = true, columns = {'case_id': 'VARCHAR', "
                + "'activity': 'VARCHAR', 'timestamp': 'TIMESTAMPTZ', 'resource': 'VARCHAR'})";
    }

    private static String quoted(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    private static Figures run(String scan, int threads, long[] loadNanos) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute("SET threads = " + threads);
            long start = System.nanoTime();
            sql.execute("CREATE TABLE ev AS SELECT * FROM " + scan);
            loadNanos[0] = System.nanoTime() - start;
            long events;
            long cases;
            long activities;
            try (ResultSet rs =
                    sql.executeQuery("SELECT count(*), count(DISTINCT case_id), count(DISTINCT activity) FROM ev")) {
                rs.next();
                events = rs.getLong(1);
                cases = rs.getLong(2);
                activities = rs.getLong(3);
            }
            long edges = 0;
            long transitions = 0;
            double meanSum = 0;
            try (ResultSet rs = sql.executeQuery("""
                    WITH steps AS (
                      SELECT case_id, activity, timestamp,
                             lead(activity) OVER w AS next_activity, lead(timestamp) OVER w AS next_timestamp
                      FROM ev WINDOW w AS (PARTITION BY case_id ORDER BY timestamp, rowid))
                    SELECT activity, next_activity, count(*) AS n, count(DISTINCT case_id) AS cases,
                           avg(epoch_us(next_timestamp) - epoch_us(timestamp)) / 1e6 AS mean_seconds,
                           median(epoch_us(next_timestamp) - epoch_us(timestamp)) / 1e6 AS median_seconds
                    FROM steps WHERE next_activity IS NOT NULL GROUP BY activity, next_activity""")) {
                while (rs.next()) {
                    edges++;
                    transitions += rs.getLong(3);
                    meanSum += rs.getDouble(5);
                }
            }
            sql.execute("""
                    CREATE TEMP TABLE variants AS SELECT variant, count(*) AS cases FROM (
                      SELECT string_agg(activity, '|' ORDER BY timestamp, rowid) AS variant FROM ev GROUP BY case_id)
                    GROUP BY variant""");
            long variants;
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM variants")) {
                rs.next();
                variants = rs.getLong(1);
            }
            try (ResultSet rs = sql.executeQuery("SELECT variant, cases FROM variants ORDER BY cases DESC LIMIT 10")) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            return new Figures(events, cases, activities, edges, transitions, variants, meanSum);
        }
    }
}
