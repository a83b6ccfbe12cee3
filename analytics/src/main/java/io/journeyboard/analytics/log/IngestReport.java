package io.journeyboard.analytics.log;

import io.journeyboard.problems.InputProblem;
import java.util.List;
import java.util.Map;

/**
 * What reading a log did: its format, the column (or attribute) used for each role and whether it
 * was detected rather than given, the bytes read, and the rows skipped with the first of them.
 */
public record IngestReport(
        String file,
        String format,
        Map<String, String> columns,
        List<String> detected,
        long bytes,
        long skippedRows,
        List<InputProblem> firstProblems) {}
