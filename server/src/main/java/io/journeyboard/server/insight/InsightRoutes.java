package io.journeyboard.server.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.report.InsightReportJson;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.run.RunFigures;
import io.journeyboard.server.run.RunStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.Arrays;
import java.util.List;

/**
 * Feedback insights for one journey: upload survey answers, reviews, tickets or a transcript and get
 * sentiment, themes placed on the journey and suggested cards; accept suggestions onto the journey
 * as cards linked to their evidence. An upload is analysed as a job whose progress can be read or
 * followed as server-sent events (what the web app does); for scripts, the same analysis and the
 * same acceptance also run within one request. The upload itself is not stored; a job is kept as a run
 * (who, when, which file, its figures and report, see {@code run.RunRoutes}) with its suggestions, which stay
 * acceptable from it, and accepted cards and their evidence are stored as a new version.
 */
public final class InsightRoutes {

    private static final String BASE = "/workspaces/{ws}/journeys/{journey}/insights";
    private static final String JOB = BASE + "/jobs/{job}";
    /** How often a stream of progress events looks at its job. */
    private static final long EVENT_INTERVAL_MS = 200;

    private static final String EVENT_STREAM = "text/event-stream";

    private final SharedEmbedder embedder;
    private final InsightJobs jobs;
    private final WorkspaceContent content;
    private final InsightAcceptance acceptance;
    private final Access access;
    private final Bodies bodies;
    private final ObjectMapper mapper;
    private final RunStore runs;
    private final RunFigures figures;
    private final AnalysisToAccept toAccept;

    public InsightRoutes(
            SharedEmbedder embedder,
            InsightJobs jobs,
            WorkspaceContent content,
            InsightAcceptance acceptance,
            Access access,
            Bodies bodies,
            ObjectMapper mapper,
            RunStore runs) {
        this.embedder = embedder;
        this.jobs = jobs;
        this.content = content;
        this.acceptance = acceptance;
        this.access = access;
        this.bodies = bodies;
        this.mapper = mapper;
        this.runs = runs;
        this.figures = new RunFigures(mapper);
        this.toAccept = new AnalysisToAccept(jobs, runs, mapper);
    }

    public void register(Routes routes) {
        routes.post(BASE, this::analyse);
        routes.post(BASE + "/accept", this::acceptUpload);
        routes.post(BASE + "/jobs", this::startJob);
        routes.get(JOB, this::jobStatus);
        routes.get(JOB + "/events", this::jobEvents);
        routes.post(JOB + "/accept", this::acceptFromJob);
        routes.get(JOB + "/themes/{theme}/subthemes", this::subThemes);
    }

    private void analyse(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Journey journey = content.live(grant, ctx.pathParam("journey")).journey();
        InsightReport report = analyse(FeedbackUpload.read(ctx, bodies), journey);
        ctx.contentType("application/json")
                .result(InsightReportJson.tree(report).toString());
    }

    private void acceptUpload(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        List<String> chosen = chosenSuggestions(ctx);
        Journey journey = content.live(grant, ctx.pathParam("journey")).journey();
        FeedbackUpload upload = FeedbackUpload.read(ctx, bodies);
        accept(ctx, grant, expected, KeptSuggestions.of(analyse(upload, journey)), chosen, upload.fileName());
    }

    /** The analysis a job runs, within the request. */
    private InsightReport analyse(FeedbackUpload upload, Journey journey) {
        return embedder.analysis().analyse(upload.items(), journey, done -> {});
    }

    private void startJob(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Journey journey = content.live(grant, ctx.pathParam("journey")).journey();
        FeedbackUpload upload = FeedbackUpload.read(ctx, bodies);
        String ws = grant.workspaceId();
        long user = grant.user().id();
        InsightJob job = jobs.start(user, ws, journey, upload, new InsightJobs.Keeper() {
            @Override
            public void queued(InsightJob queued) {
                runs.started(
                        ws,
                        queued.id(),
                        RunStore.INSIGHTS,
                        journey.id(),
                        upload.fileName(),
                        user,
                        figures.items(upload.items().size()));
            }

            @Override
            public void finished(InsightJob finished) {
                keep(ws, finished);
            }
        });
        ctx.status(202).header("Location", ctx.path() + "/" + job.id()).json(status(job, false));
    }

    /** Records how a job ended in its kept run, with the report the job's status answers. */
    private void keep(String workspaceId, InsightJob job) {
        if (job.report() == null) {
            runs.finished(
                    workspaceId,
                    job.id(),
                    job.failure(),
                    figures.items(job.progress().total()),
                    null,
                    null);
            return;
        }
        ObjectNode report = InsightReportJson.tree(job.report());
        runs.finished(
                workspaceId,
                job.id(),
                null,
                figures.ofInsights(report),
                report,
                mapper.valueToTree(KeptSuggestions.of(job.report())));
    }

    private void jobStatus(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        ctx.json(status(job(grant, ctx), true));
    }

    /**
     * Server-sent events: {@code progress} whenever the job moves on, then one {@code done} with the
     * report or {@code failed} with the reason, after which the stream ends.
     */
    private void jobEvents(Context ctx) throws Exception {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        InsightJob job = job(grant, ctx);
        if (!EVENT_STREAM.equals(ctx.header("Accept"))) {
            throw new ApiException(
                    406,
                    "Not Acceptable",
                    "this is a stream of server-sent events: ask with 'Accept: " + EVENT_STREAM
                            + "' (as EventSource does), or GET " + ctx.path().replaceAll("/events$", "")
                            + " for the job's status");
        }
        new SseHandler(client -> follow(client, job)).handle(ctx);
    }

    private void follow(SseClient client, InsightJob job) {
        InsightJob.Progress sent = null;
        while (!client.terminated()) {
            InsightJob.Progress now = job.progress();
            if (now.state().finished()) {
                client.sendEvent(
                        now.state() == InsightJob.State.DONE ? "done" : "failed",
                        status(job, true).toString());
                return;
            }
            if (!now.equals(sent)) {
                client.sendEvent("progress", status(job, false).toString());
                sent = now;
            }
            try {
                Thread.sleep(EVENT_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void subThemes(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        ctx.json(new SubThemeRoute(embedder, mapper).answer(job(grant, ctx), ctx.pathParam("theme")));
    }

    /** Accepts from the job while the server holds it, else from its kept run ({@link AnalysisToAccept}). */
    private void acceptFromJob(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        List<String> chosen = chosenSuggestions(ctx);
        content.live(grant, ctx.pathParam("journey"));
        AnalysisToAccept.Found found = toAccept.find(grant, ctx.pathParam("journey"), ctx.pathParam("job"));
        // Edits come as a JSON body; an accept without one (no content type) takes the suggestions as they are.
        boolean edited = ctx.contentType() != null && ctx.contentType().startsWith("application/json");
        KeptSuggestions analysis = !edited
                ? found.suggestions()
                : found.suggestions()
                        .edited(bodies.json(ctx, SuggestionEdits.Body.class).edits());
        accept(ctx, grant, expected, analysis, chosen, found.fileName());
    }

    private void accept(
            Context ctx,
            Access.Grant grant,
            int expected,
            KeptSuggestions analysis,
            List<String> chosen,
            String fileName) {
        StoredJourney stored = acceptance.accept(grant, ctx.pathParam("journey"), expected, analysis, chosen, fileName);
        ctx.header("ETag", ETags.of(stored.version())).json(stored.journey());
    }

    private static List<String> chosenSuggestions(Context ctx) {
        String ids = ctx.queryParam("accept");
        if (ids == null || ids.isBlank()) {
            throw FeedbackUpload.invalid(
                    "accept", "name the suggestions to accept: accept=all, or their ids separated by commas");
        }
        return Arrays.asList(ids.split(","));
    }

    /** A job's state and progress, with the report (as in the CLI's JSON) once done and when asked. */
    private ObjectNode status(InsightJob job, boolean withReport) {
        InsightJob.Progress progress = job.progress();
        ObjectNode status = mapper.createObjectNode()
                .put("id", job.id())
                .put("file", job.fileName())
                .put("state", progress.state().label())
                .put("done", progress.done())
                .put("total", progress.total());
        if (job.failure() != null) {
            status.put("error", job.failure());
        }
        if (withReport && job.report() != null) {
            status.set("report", InsightReportJson.tree(job.report()));
        }
        return status;
    }

    private InsightJob job(Access.Grant grant, Context ctx) {
        content.live(grant, ctx.pathParam("journey"));
        String id = ctx.pathParam("job");
        return jobs.find(grant.workspaceId(), ctx.pathParam("journey"), id)
                .orElseThrow(() -> ApiException.notFound("there is no feedback analysis '" + id
                        + "' for this journey; analyses are kept for an hour after they finish"));
    }
}
