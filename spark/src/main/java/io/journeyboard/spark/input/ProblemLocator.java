package io.journeyboard.spark.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.journeyboard.problems.InputProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Turns the input index of bad rows into the line numbers the engine reports. The index is increasing but
 * not consecutive across partitions, so a row's line is found by counting the rows of its file before it,
 * in one pass for all reported rows; only a failing or skipping run pays for it. CSV lines count the header
 * (a row per line: quoted line breaks shift the count); JSON lines and Parquet count rows from 1.
 */
final class ProblemLocator {

    private ProblemLocator() {}

    static List<InputProblem> locate(Dataset<Row> rows, List<Row> problems, EventInput.Input input, String log) {
        Column[] before = new Column[problems.size()];
        for (int i = 0; i < before.length; i++) {
            Row problem = problems.get(i);
            before[i] = sum(when(
                            col(EventInput.FILE)
                                    .equalTo(lit(problem.<String>getAs(EventInput.FILE)))
                                    .and(col(EventInput.INDEX).lt(lit(problem.<Long>getAs(EventInput.INDEX)))),
                            1L)
                    .otherwise(0L));
        }
        Row counts = rows.agg(before[0], Arrays.copyOfRange(before, 1, before.length))
                .first();
        long firstLine = input.format().startsWith("csv") ? 2 : 1;
        List<InputProblem> located = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Row problem = problems.get(i);
            long line = (counts.isNullAt(i) ? 0 : counts.getLong(i)) + firstLine;
            located.add(EventRows.problem(fileName(problem.getAs(EventInput.FILE), log), line, input, problem));
        }
        return located;
    }

    /** The log as given when it is the file itself, else the file inside the given directory. */
    private static String fileName(String file, String log) {
        return new Path(file).getName().equals(new Path(log).getName()) ? log : file;
    }
}
