package io.journeyboard.analytics.log;

import java.util.List;

/**
 * The input cannot be analysed as it is. The message names the file, line and column and says how to
 * fix it; {@link #problems()} lists the first bad rows when the failure is about rows.
 */
public final class BadInputException extends RuntimeException {

    private final transient List<RowProblem> problems;

    public BadInputException(String message) {
        this(message, List.of());
    }

    public BadInputException(String message, List<RowProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
