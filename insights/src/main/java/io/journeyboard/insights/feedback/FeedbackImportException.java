package io.journeyboard.insights.feedback;

import java.util.List;

/**
 * Thrown when a feedback file cannot be imported; carries every problem found (up to the reporting
 * limit) so the user can fix them all in one pass. Nothing is imported when this is thrown.
 */
public final class FeedbackImportException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<ImportProblem> problems;

    public FeedbackImportException(List<ImportProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public FeedbackImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(List<ImportProblem> problems) {
        if (problems.size() == 1) {
            return problems.getFirst().describe();
        }
        StringBuilder text = new StringBuilder(problems.size() + " problems in the feedback, nothing was imported:");
        problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> text.append("\n  ").append(p.describe()));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            text.append("\n  … and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return text.toString();
    }
}
