package io.journeyboard.bench.explore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB answering the same funnel and paths from the same CSV, in memory: the events loaded once with
 * each event's position in its case (time, then file order, as the engine orders them), then an ordered
 * funnel (each step's first event after the previous step's) and the forward paths of depth {@code d}
 * from each case's first occurrence of an activity, counted per level and activity, "ended" included.
 */
final class DuckDbInteractions implements AutoCloseable {

    private final Connection db;
    private final Statement sql;

    DuckDbInteractions(Path csv, int threads) throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
        sql = db.createStatement();
        sql.execute("SET threads = " + threads);
        sql.execute("CREATE TABLE raw AS SELECT * FROM read_csv('"
                + csv.toAbsolutePath().toString().replace("'", "''")
                + "', header = true, columns = {'case_id': 'VARCHAR', 'activity': 'VARCHAR', "
                + "'timestamp': 'TIMESTAMPTZ', 'resource': 'VARCHAR'})");
        sql.execute("CREATE TABLE ev AS SELECT case_id, activity, timestamp, "
                + "row_number() OVER (PARTITION BY case_id ORDER BY timestamp, rowid) AS pos FROM raw");
    }

    /** Cases reaching each step of an ordered funnel. */
    long[] funnel(List<String> steps) throws SQLException {
        StringBuilder query = new StringBuilder("WITH s0 AS (SELECT case_id, min(pos) AS pos FROM ev ")
                .append("WHERE activity = '")
                .append(quote(steps.getFirst()))
                .append("' GROUP BY case_id)");
        for (int s = 1; s < steps.size(); s++) {
            query.append(", s")
                    .append(s)
                    .append(" AS (SELECT p.case_id, min(e.pos) AS pos FROM s")
                    .append(s - 1)
                    .append(" p JOIN ev e ON e.case_id = p.case_id AND e.pos > p.pos AND e.activity = '")
                    .append(quote(steps.get(s)))
                    .append("' GROUP BY p.case_id)");
        }
        query.append(" SELECT ");
        for (int s = 0; s < steps.size(); s++) {
            query.append(s == 0 ? "" : ", ")
                    .append("(SELECT count(*) FROM s")
                    .append(s)
                    .append(')');
        }
        try (ResultSet rs = sql.executeQuery(query.toString())) {
            rs.next();
            long[] counts = new long[steps.size()];
            for (int s = 0; s < counts.length; s++) {
                counts[s] = rs.getLong(s + 1);
            }
            return counts;
        }
    }

    /** The links between levels 0..depth (activity to next activity, "ended" included), summed per level. */
    List<Long> pathLevels(String activity, int depth) throws SQLException {
        String query = "WITH anchor AS (SELECT case_id, min(pos) AS pos FROM ev WHERE activity = '" + quote(activity)
                + "' GROUP BY case_id), levels AS (SELECT range AS level FROM range(0, " + (depth + 1) + ")), "
                + "walked AS (SELECT a.case_id, l.level, coalesce(e.activity, 'ended') AS activity FROM anchor a "
                + "CROSS JOIN levels l LEFT JOIN ev e ON e.case_id = a.case_id AND e.pos = a.pos + l.level), "
                + "links AS (SELECT w.level, w.activity, n.activity AS next, count(*) AS n FROM walked w "
                + "JOIN walked n ON n.case_id = w.case_id AND n.level = w.level + 1 "
                + "GROUP BY w.level, w.activity, n.activity) "
                + "SELECT level, sum(n) FROM links GROUP BY level ORDER BY level";
        List<Long> totals = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                totals.add(rs.getLong(2));
            }
        }
        return totals;
    }

    private static String quote(String text) {
        return text.replace("'", "''");
    }

    @Override
    public void close() throws SQLException {
        sql.close();
        db.close();
    }
}
