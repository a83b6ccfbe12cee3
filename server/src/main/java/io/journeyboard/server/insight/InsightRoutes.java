package io.journeyboard.server.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.report.ReportJson;
import io.journeyboard.insights.suggestions.SuggestionAcceptance;
import io.journeyboard.insights.suggestions.SuggestionChoice;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.persona.PersonaStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.server.workspace.WorkspaceStore;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Arrays;
import java.util.List;

/**
 * Feedback insights for one journey: upload survey answers, reviews, tickets or a transcript and get
 * sentiment, themes placed on the journey and suggested cards; accept suggestions onto the journey
 * as cards linked to their evidence. An upload is analysed either within the request, or as a job
 * whose progress can be read or followed as server-sent events (what the web app does). Uploads
 * are analysed and forgotten: only accepted cards and their evidence are stored, as a new version.
 */
public final class InsightRoutes {

    private static final String BASE = "/workspaces/{ws}/journeys/{journey}/insights";
    private static final String JOB = BASE + "/jobs/{job}";
    /** How often a stream of progress events looks at its job. */
    private static final long EVENT_INTERVAL_MS = 200;
    private static final String EVENT_STREAM = "text/event-stream";

    private final SharedEmbedder embedder;
    private final InsightJobs jobs;
    private final JourneyStore journeys;
    private final JourneyEditor editor;
    private final PersonaStore personas;
    private final WorkspaceStore workspaces;
    private final Access access;
    private final Bodies bodies;
    private final ObjectMapper mapper;

    public InsightRoutes(SharedEmbedder embedder, InsightJobs jobs, JourneyStore journeys, JourneyEditor editor, PersonaStore personas,
                         WorkspaceStore workspaces, Access access, Bodies bodies, ObjectMapper mapper) {
        this.embedder = embedder;
        this.jobs = jobs;
        this.journeys = journeys;
        this.editor = editor;
        this.personas = personas;
        this.workspaces = workspaces;
        this.access = access;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    public void register(Routes routes) {
        routes.post(BASE, this::analyse);
        routes.post(BASE + "/accept", this::acceptUpload);
        routes.post(BASE + "/jobs", this::startJob);
        routes.get(JOB, this::jobStatus);
        routes.get(JOB + "/events", this::jobEvents);
        routes.post(JOB + "/accept", this::acceptFromJob);
    }

    private void analyse(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Journey journey = live(grant, ctx.pathParam("journey")).journey();
        FeedbackUpload upload = FeedbackUpload.read(ctx, bodies);
        InsightReport report = embedder.analysis().analyse(upload.items(), journey, done -> { });
        ctx.contentType("application/json").result(ReportJson.tree(report).toString());
    }

    private void acceptUpload(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        List<String> chosen = chosenSuggestions(ctx);
        StoredJourney current = live(grant, ctx.pathParam("journey"));
        FeedbackUpload upload = FeedbackUpload.read(ctx, bodies);
        InsightReport report = embedder.analysis().analyse(upload.items(), current.journey(), done -> { });
        accept(ctx, grant, current, expected, report, chosen, upload.fileName());
    }

    private void startJob(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Journey journey = live(grant, ctx.pathParam("journey")).journey();
        InsightJob job = jobs.start(grant.user().id(), grant.workspaceId(), journey, FeedbackUpload.read(ctx, bodies));
        ctx.status(202).header("Location", ctx.path() + "/" + job.id()).json(status(job, false));
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
            throw new ApiException(406, "Not Acceptable", "this is a stream of server-sent events: ask with 'Accept: " + EVENT_STREAM
                    + "' (as EventSource does), or GET " + ctx.path().replaceAll("/events$", "") + " for the job's status");
        }
        new SseHandler(client -> follow(client, job)).handle(ctx);
    }

    private void follow(SseClient client, InsightJob job) {
        InsightJob.Progress sent = null;
        while (!client.terminated()) {
            InsightJob.Progress now = job.progress();
            if (now.state().finished()) {
                client.sendEvent(now.state() == InsightJob.State.DONE ? "done" : "failed", status(job, true).toString());
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

    private void acceptFromJob(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        List<String> chosen = chosenSuggestions(ctx);
        InsightJob job = job(grant, ctx);
        if (job.report() == null) {
            throw ApiException.conflict("the analysis is " + job.progress().state().label() + ", so it has no suggestions to accept"
                    + (job.failure() != null ? " (" + job.failure() + ")" : "; wait until it is done"));
        }
        StoredJourney current = live(grant, ctx.pathParam("journey"));
        accept(ctx, grant, current, expected, job.report(), chosen, job.fileName());
    }

    /** Adds the chosen suggestions to the journey as cards with their evidence: one new version, or nothing. */
    private void accept(Context ctx, Access.Grant grant, StoredJourney current, int expected, InsightReport report,
                        List<String> chosen, String fileName) {
        Workspace updated;
        try {
            Workspace workspace = journeys.jdbi().withHandle(handle -> new Workspace(workspaces.name(handle, grant.workspaceId()), null,
                    personas.list(handle, grant.workspaceId()), List.of(current.journey()), workspaces.evidence(handle, grant.workspaceId())));
            updated = new SuggestionAcceptance().accept(workspace, current.journey().id(), SuggestionChoice.of(report, chosen), fileName);
        } catch (IllegalArgumentException e) {
            throw FeedbackUpload.invalid("accept", e.getMessage());
        }
        Journey accepted = updated.journey(current.journey().id()).orElseThrow();
        StoredJourney stored = journeys.jdbi().inTransaction(handle -> {
            workspaces.saveEvidence(handle, grant.workspaceId(), updated.evidence());
            return editor.edit(handle, grant, accepted.id(), expected, "accepted insight suggestions from " + fileName, j -> accepted);
        });
        ctx.header("ETag", ETags.of(stored.version())).json(stored.journey());
    }

    private static List<String> chosenSuggestions(Context ctx) {
        String ids = ctx.queryParam("accept");
        if (ids == null || ids.isBlank()) {
            throw FeedbackUpload.invalid("accept", "name the suggestions to accept: accept=all, or their ids separated by commas");
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
            status.set("report", ReportJson.tree(job.report()));
        }
        return status;
    }

    private InsightJob job(Access.Grant grant, Context ctx) {
        live(grant, ctx.pathParam("journey"));
        String id = ctx.pathParam("job");
        return jobs.find(grant.workspaceId(), ctx.pathParam("journey"), id).orElseThrow(() -> ApiException.notFound(
                "there is no feedback analysis '" + id + "' for this journey; analyses are kept for an hour after they finish"));
    }

    private StoredJourney live(Access.Grant grant, String journeyId) {
        return journeys.find(grant.workspaceId(), journeyId).filter(j -> !j.deleted())
                .orElseThrow(() -> ApiException.notFound("there is no journey '" + journeyId + "' in this workspace"));
    }
}
