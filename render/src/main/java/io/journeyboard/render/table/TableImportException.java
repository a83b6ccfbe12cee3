package io.journeyboard.render.table;

import java.util.List;

/**
 * Thrown when a card or opportunity table cannot be imported; carries every problem found so the
 * user can fix them all in one pass. Nothing is changed when this is thrown.
 */
public final class TableImportException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<TableProblem> problems;

    public TableImportException(List<TableProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public TableImportException(TableProblem problem) {
        this(List.of(problem));
    }

    public List<TableProblem> problems() {
        return problems;
    }

    private static String message(List<TableProblem> problems) {
        if (problems.size() == 1) {
            return problems.getFirst().describe();
        }
        StringBuilder text = new StringBuilder(problems.size() + " problems in the table, nothing was imported:");
        problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> text.append("\n  ").append(p.describe()));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            text.append("\n  … and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return text.toString();
    }
}
