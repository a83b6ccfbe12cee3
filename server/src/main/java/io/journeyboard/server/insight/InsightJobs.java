package io.journeyboard.server.insight;

import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.account.SecretTokens;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.LoggedFailure;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback analyses run one at a time on a background thread (each already uses every core), so
 * that a request can start one and follow its progress. Jobs live in memory: a restart forgets them,
 * which loses nothing stored, since an analysis stores nothing until suggestions are accepted.
 * Finished jobs are kept for {@link #KEPT_FOR} and at most {@value #MAX_KEPT} of them. At most
 * {@value #MAX_WAITING} may wait or run at once, {@value #MAX_WAITING_PER_USER} of them one user's,
 * so uploads cannot pile up work without end, nor one user's uploads hold up everyone else's.
 */
public final class InsightJobs implements AutoCloseable {

    static final int MAX_WAITING = 8;
    static final int MAX_WAITING_PER_USER = 2;
    static final int MAX_KEPT = 32;
    static final Duration KEPT_FOR = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(InsightJobs.class);

    private final SharedEmbedder embedder;
    private final Clock clock;
    private final Map<String, InsightJob> jobs = new LinkedHashMap<>();
    /** The keepers of jobs not finished yet, told on a stop that ends them. */
    private final Map<String, Keeper> keepers = new LinkedHashMap<>();

    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "insight-analysis");
        thread.setDaemon(true);
        return thread;
    });

    public InsightJobs(SharedEmbedder embedder, Clock clock) {
        this.embedder = embedder;
        this.clock = clock;
    }

    /** Reports how many analyses are waiting or running, and how many of those kept are done or failed. */
    public void bindMetrics(MeterRegistry registry) {
        for (InsightJob.State state : InsightJob.State.values()) {
            Gauge.builder("journeyboard.insight.jobs", this, jobs -> jobs.count(state))
                    .description("Feedback analyses kept by the server, by state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    private synchronized long count(InsightJob.State state) {
        return jobs.values().stream()
                .filter(job -> job.progress().state() == state)
                .count();
    }

    /** Where a job is kept beyond memory: told when it is queued (before it can run) and when it has ended. */
    public interface Keeper {
        void queued(InsightJob job);

        void finished(InsightJob job);
    }

    /**
     * Queues the analysis of an upload against a journey; answers 503 while too many wait. The keeper hears
     * of the job before it runs, and again on the analysis thread once it is done or failed.
     */
    public synchronized InsightJob start(
            long userId, String workspaceId, Journey journey, FeedbackUpload upload, Keeper keeper) {
        if (runner.isShutdown()) {
            throw new ApiException(503, "Stopping", "the server is stopping; try again when it is back");
        }
        forgetOld();
        List<InsightJob> waiting = jobs.values().stream()
                .filter(job -> !job.progress().state().finished())
                .toList();
        long yours = waiting.stream().filter(job -> job.startedBy() == userId).count();
        if (yours >= MAX_WAITING_PER_USER) {
            throw busy("you have " + yours
                    + " feedback analyses waiting or running already; try again when one has finished");
        }
        if (waiting.size() >= MAX_WAITING) {
            throw busy(waiting.size() + " feedback analyses are already waiting or running; try again in a minute");
        }
        InsightJob job = new InsightJob(
                SecretTokens.generate("job_"),
                userId,
                workspaceId,
                journey.id(),
                upload.fileName(),
                upload.items().size());
        keeper.queued(job);
        jobs.put(job.id(), job);
        keepers.put(job.id(), keeper);
        runner.execute(() -> {
            run(job, journey, upload);
            finish(job);
        });
        return job;
    }

    /** The job with this id, when it was started for this journey. */
    public synchronized Optional<InsightJob> find(String workspaceId, String journeyId, String jobId) {
        forgetOld();
        return Optional.ofNullable(jobs.get(jobId)).filter(job -> job.belongsTo(workspaceId, journeyId));
    }

    private static ApiException busy(String detail) {
        return new ApiException(503, "Busy", detail).withHeader("Retry-After", "60");
    }

    private void run(InsightJob job, Journey journey, FeedbackUpload upload) {
        try {
            job.embedded(0);
            InsightReport report = embedder.analysis().analyse(upload.items(), journey, job::embedded);
            job.succeeded(report, clock.instant());
        } catch (IllegalArgumentException e) {
            job.failed(e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("event=insight_job_failed job={}", job.id(), LoggedFailure.of(e));
            job.failed(
                    "the analysis failed unexpectedly (" + e.getClass().getSimpleName()
                            + "); the server log has the details",
                    clock.instant());
        }
    }

    private void finish(InsightJob job) {
        Keeper keeper;
        synchronized (this) {
            keeper = keepers.remove(job.id());
        }
        if (keeper == null) {
            return;
        }
        try {
            keeper.finished(job);
        } catch (RuntimeException e) {
            // the analysis itself succeeded and can still be accepted; only its kept record is missing
            LOG.error("event=insight_run_not_kept job={}", job.id(), LoggedFailure.of(e));
        }
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(KEPT_FOR);
        long finished =
                jobs.values().stream().filter(job -> job.finishedAt() != null).count();
        for (Iterator<InsightJob> it = jobs.values().iterator(); it.hasNext(); ) {
            Instant finishedAt = it.next().finishedAt();
            if (finishedAt != null && (finishedAt.isBefore(cutoff) || finished > MAX_KEPT)) {
                it.remove();
                finished--;
            }
        }
    }

    /** Stops the analyses; jobs not finished fail, which ends their streams of events. */
    @Override
    public synchronized void close() {
        runner.shutdownNow();
        for (InsightJob job : jobs.values()) {
            if (!job.progress().state().finished()) {
                job.failed("the server stopped before the analysis finished; upload the file again", clock.instant());
            }
        }
        for (InsightJob job : List.copyOf(jobs.values())) {
            if (keepers.containsKey(job.id())) {
                finish(job);
            }
        }
    }
}
