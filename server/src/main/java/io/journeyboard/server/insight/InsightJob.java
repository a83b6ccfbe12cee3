package io.journeyboard.server.insight;

import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.themes.Theme;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One feedback analysis run in the background for a journey: its progress while it runs, then its
 * report or why it failed. Read from request threads while the analysis thread writes it.
 */
public final class InsightJob {

    /** The stages a job passes through; embedding is nearly all of the time. */
    public enum State {
        QUEUED,
        EMBEDDING,
        THEMES,
        DONE,
        FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** What a client is told about a job at one moment. */
    public record Progress(State state, long done, int total) {}

    private final String id;
    private final long startedBy;
    private final String workspaceId;
    private final String journeyId;
    private final String fileName;
    private final int total;
    private volatile State state = State.QUEUED;
    private volatile long embedded;
    private volatile InsightReport report;
    private volatile String failure;
    private volatile Instant finishedAt;
    private final Map<String, List<Theme>> subThemes = new ConcurrentHashMap<>();

    InsightJob(String id, long startedBy, String workspaceId, String journeyId, String fileName, int total) {
        this.id = id;
        this.startedBy = startedBy;
        this.workspaceId = workspaceId;
        this.journeyId = journeyId;
        this.fileName = fileName;
        this.total = total;
    }

    void embedded(long done) {
        embedded = done;
        state = done >= total ? State.THEMES : State.EMBEDDING;
    }

    void succeeded(InsightReport result, Instant at) {
        report = result;
        finishedAt = at;
        state = State.DONE;
    }

    void failed(String reason, Instant at) {
        failure = reason;
        finishedAt = at;
        state = State.FAILED;
    }

    public Progress progress() {
        return new Progress(state, embedded, total);
    }

    boolean belongsTo(String workspace, String journey) {
        return workspaceId.equals(workspace) && journeyId.equals(journey);
    }

    public String id() {
        return id;
    }

    /** The user who uploaded the feedback. */
    long startedBy() {
        return startedBy;
    }

    public String fileName() {
        return fileName;
    }

    /** The report once the state is {@link State#DONE}, else null. */
    public InsightReport report() {
        return report;
    }

    /** Why the analysis failed once the state is {@link State#FAILED}, else null. */
    public String failure() {
        return failure;
    }

    /** When the job finished, or null while it runs. */
    Instant finishedAt() {
        return finishedAt;
    }

    /** The sub-themes of a theme of the report, found by {@code split} the first time they are asked for. */
    List<Theme> subThemes(String themeId, Supplier<List<Theme>> split) {
        return subThemes.computeIfAbsent(themeId, id -> split.get());
    }
}
