package io.journeyboard.problems;

import java.util.List;

/**
 * An input that cannot be used as it is; nothing was read from it and nothing was changed. Carries
 * every problem found (or the first ones, {@link #total()} counting them all) so that the user can fix
 * them in one pass, and optionally a {@link Remedy} that gets past all of them at once. The fronts
 * phrase it with {@link #describe(Setting.Wording)}; {@link #getMessage()} uses the neutral wording.
 */
public final class BadInputException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<InputProblem> problems;
    private final long total;
    private final transient Remedy remedy;

    /** The problems, all of them found, with no remedy. */
    public BadInputException(List<InputProblem> problems) {
        this(problems, problems.size(), null);
    }

    public BadInputException(InputProblem problem) {
        this(List.of(problem));
    }

    /**
     * @param problems the problems to show (at least one)
     * @param total    how many there are in all, at least {@code problems.size()}
     * @param remedy   a way past all of them, or {@code null}
     */
    public BadInputException(List<InputProblem> problems, long total, Remedy remedy) {
        super(describe(problems, total, remedy, Setting.Wording.NEUTRAL));
        this.problems = List.copyOf(problems);
        this.total = total;
        this.remedy = remedy;
    }

    /** A problem with the whole input. */
    public static BadInputException whole(String source, String reason, String fix) {
        return new BadInputException(InputProblem.ofWhole(source, reason, fix));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** How many problems there are, shown or not. */
    public long total() {
        return total;
    }

    /** A way past every problem at once (leave bad rows out), or {@code null}. */
    public Remedy remedy() {
        return remedy;
    }

    /** The message with settings phrased as the front that shows it writes them. */
    public String describe(Setting.Wording wording) {
        return describe(problems, total, remedy, wording);
    }

    private static String describe(List<InputProblem> problems, long total, Remedy remedy, Setting.Wording wording) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a bad input has at least one problem");
        }
        StringBuilder text = new StringBuilder();
        if (problems.size() == 1 && total == 1) {
            text.append(problems.get(0).describe(wording));
        } else {
            text.append(total)
                    .append(" problems in ")
                    .append(problems.get(0).source())
                    .append(", nothing was imported:");
            problems.stream()
                    .limit(PROBLEMS_IN_MESSAGE)
                    .forEach(p -> text.append("\n  ").append(p.describe(wording)));
            long more = total - Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
            if (more > 0) {
                text.append("\n  … and ").append(more).append(" more");
            }
        }
        if (remedy != null) {
            text.append(remedy.describe(wording));
        }
        return text.toString();
    }

    /**
     * A setting that gets past every problem, e.g. "leave bad rows out" with {@code on-error=skip}.
     *
     * @param action what the setting does, e.g. {@code leave bad rows out}
     */
    public record Remedy(String action, Setting setting) {

        String describe(Setting.Wording wording) {
            return " (or " + action + " with " + wording.of(setting) + ")";
        }
    }
}
