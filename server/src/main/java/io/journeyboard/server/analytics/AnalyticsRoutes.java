package io.journeyboard.server.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.journeyboard.analytics.funnel.JourneyFunnel;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.AnalyticsReportJson;
import io.journeyboard.analytics.report.JourneyAnalysis;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import io.journeyboard.server.account.SecretTokens;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.http.Upload;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.run.RunFigures;
import io.journeyboard.server.run.RunStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Journey analytics on an uploaded event log, against one journey: the log's report (as
 * {@code journeyboard analyze} writes it) with the journey's stages as the funnel, and the same
 * report as a picture. The funnel joins the map and the data: a stage is reached by activities
 * named like its steps. The upload is read from a temporary file and deleted; the answer is kept as a
 * run (who, when, which file, its figures), so that it can be opened again from the list of runs.
 */
public final class AnalyticsRoutes {

    private static final List<String> EXTENSIONS = EventLogReader.extensions();

    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;
    private final ObjectMapper mapper;
    private final MapRenderer renderer;
    private final RunStore runs;

    public AnalyticsRoutes(
            WorkspaceContent content,
            Access access,
            Bodies bodies,
            ObjectMapper mapper,
            MapRenderer renderer,
            RunStore runs) {
        this.content = content;
        this.access = access;
        this.bodies = bodies;
        this.mapper = mapper;
        this.renderer = renderer;
        this.runs = runs;
    }

    public void register(Routes routes) {
        routes.post("/workspaces/{ws}/journeys/{journey}/analytics", this::analyse);
    }

    private void analyse(Context ctx) throws IOException {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        Journey journey = content.live(grant, ctx.pathParam("journey")).journey();
        String fileName;
        LoadedLog log;
        try (Upload upload = Upload.save(ctx, bodies, EXTENSIONS, true, "events.csv")) {
            fileName = upload.fileName();
            log = read(ctx, upload);
        }
        JourneyFunnel funnel =
                JourneyFunnel.of(journey.activitiesByStage(), log.log().activityNames());
        AnalyticsReport report =
                JourneyAnalysis.run(log, AnalyticsOptions.defaults().withStages(funnel.funnel()));
        ObjectNode answer = mapper.createObjectNode();
        answer.put("file", fileName);
        answer.put("funnelFromJourney", funnel.funnel() != null);
        if (funnel.note() != null) {
            answer.put("note", funnel.note());
        }
        answer.set("report", AnalyticsReportJson.tree(report));
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        renderer.renderAnalytics(
                report, journey.name() + ": " + fileName, ExportFormat.SVG, RenderOptions.defaults(), svg);
        answer.put("svg", svg.toString(StandardCharsets.UTF_8));
        keep(grant, journey, fileName, answer);
        ctx.json(answer);
    }

    /** Keeps the answer as a finished run; its id goes in the answer, for the screen's list. */
    private void keep(Access.Grant grant, Journey journey, String fileName, ObjectNode answer) {
        String id = SecretTokens.generate("run_");
        RunFigures figures = new RunFigures(mapper);
        String ws = grant.workspaceId();
        runs.started(
                ws, id, RunStore.ANALYTICS, journey.id(), fileName, grant.user().id(), mapper.createObjectNode());
        runs.finished(ws, id, null, figures.ofAnalytics(answer.get("report")), answer, null);
        answer.put("run", id);
    }

    private static LoadedLog read(Context ctx, Upload upload) {
        return read(ctx, upload, List.of());
    }

    /**
     * Reads the upload as an event log under the user's name for it, the columns named in the query, keeping
     * the {@code attributes} columns too; a bad log is answered by {@code Problems}.
     */
    public static LoadedLog read(Context ctx, Upload upload, List<String> attributes) {
        boolean skip = OnError.SKIP.setting().value().equals(ctx.queryParam(OnError.SETTING));
        LogReadOptions options = LogReadOptions.defaults()
                .withMapping(new LogColumnMapping(mapping(ctx), attributes))
                .withOnError(skip ? OnError.SKIP : OnError.FAIL);
        try {
            return EventLogReader.read(upload.path(), upload.fileName(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<LogColumnRole, String> mapping(Context ctx) {
        Map<LogColumnRole, String> given = new EnumMap<>(LogColumnRole.class);
        for (LogColumnRole role : LogColumnRole.values()) {
            String column = ctx.queryParam(role.settingName());
            if (column != null && !column.isBlank()) {
                given.put(role, column);
            }
        }
        return given;
    }
}
