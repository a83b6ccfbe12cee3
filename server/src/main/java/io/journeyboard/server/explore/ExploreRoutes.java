package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.http.Upload;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;

/**
 * The explorer's API: upload a log once ({@code POST …/explore/logs}), then ask it questions, each a
 * JSON query answered from memory. Every route needs the viewer role: exploring reads, it stores nothing.
 * Whole answers are cached under the log by their canonical query, so asking again is a lookup.
 */
public final class ExploreRoutes {

    private static final List<String> EXTENSIONS = EventLogReader.extensions();
    private static final String LOGS = "/workspaces/{ws}/explore/logs";
    private static final String LOG = LOGS + "/{log}";
    private static final String DATASET = "/workspaces/{ws}/explore/datasets/{dataset}";

    private final ExploredLogs logs;
    private final ExploredDatasets datasets;
    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;
    private final ObjectMapper mapper;
    private final FunnelView funnels;
    private final PathsView paths;
    private final ProcessMapView maps;
    private final VariantsView variants;

    public ExploreRoutes(
            ExploredLogs logs,
            ExploredDatasets datasets,
            WorkspaceContent content,
            Access access,
            Bodies bodies,
            ObjectMapper mapper) {
        this.logs = logs;
        this.datasets = datasets;
        this.content = content;
        this.access = access;
        this.bodies = bodies;
        this.mapper = mapper;
        this.funnels = new FunnelView(mapper);
        this.paths = new PathsView(mapper);
        this.maps = new ProcessMapView(mapper);
        this.variants = new VariantsView(mapper);
    }

    public void register(Routes routes) {
        routes.post(LOGS, this::upload);
        routes.get(LOGS, this::list);
        routes.get(LOG, ctx -> ctx.json(LogOverview.of(mapper, held(ctx))));
        routes.delete(LOG, this::remove);
        routes.get(DATASET, this::datasetOverview);
        Source upload = (grant, ctx) -> logs.get(grant.workspaceId(), ctx.pathParam("log"));
        Source dataset = (grant, ctx) -> datasets.current(grant.workspaceId(), ctx.pathParam("dataset"));
        for (String path : List.of(LOG, DATASET)) {
            Source source = path.equals(LOG) ? upload : dataset;
            routes.post(
                    path + "/funnel",
                    ctx -> answer(ctx, source, "funnel", (g, log, q) -> funnels.funnel(log, q, funnel(g, log, q))));
            routes.post(
                    path + "/drop-off",
                    ctx -> answer(ctx, source, "drop-off", (g, log, q) -> funnels.dropOff(log, q, funnel(g, log, q))));
            routes.post(
                    path + "/drivers",
                    ctx -> answer(ctx, source, "drivers", (g, log, q) -> funnels.drivers(log, q, funnel(g, log, q))));
            routes.post(path + "/paths", ctx -> answer(ctx, source, "paths", (g, log, q) -> paths.paths(log, q)));
            routes.post(
                    path + "/process-map", ctx -> answer(ctx, source, "process-map", (g, log, q) -> maps.map(log, q)));
            routes.post(
                    path + "/variants",
                    ctx -> answer(ctx, source, "variants", (g, log, q) -> variants.variants(log, q)));
        }
    }

    private void upload(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        LoadedLog loaded;
        String fileName;
        try (Upload upload = Upload.save(ctx, bodies, EXTENSIONS, true, "events.csv")) {
            fileName = upload.fileName();
            loaded = LogUpload.read(ctx, upload);
        }
        ExploredLog added = logs.add(grant.workspaceId(), fileName, 1, loaded.log());
        ObjectNode answer = LogOverview.of(mapper, added);
        answer.put("skippedRows", loaded.ingest().skippedRows());
        ctx.status(201).json(answer);
    }

    private void list(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        ArrayNode list = mapper.createArrayNode();
        for (ExploredLog log : logs.of(grant.workspaceId())) {
            list.addObject()
                    .put("id", log.id())
                    .put("source", log.source())
                    .put("version", log.version())
                    .put("events", log.log().eventCount())
                    .put("cases", log.log().caseCount())
                    .put("loadedAt", log.loadedAt().toString());
        }
        ctx.json(list);
    }

    /** A stored dataset's overview, as an upload's; {@code dataset} is the address its questions go to. */
    private void datasetOverview(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String datasetId = ctx.pathParam("dataset");
        ObjectNode answer = LogOverview.of(mapper, datasets.current(grant.workspaceId(), datasetId));
        answer.put("dataset", datasetId);
        ctx.json(answer);
    }

    private void remove(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        logs.remove(grant.workspaceId(), ctx.pathParam("log"));
        ctx.status(204);
    }

    /** Which explored log a request is about: an upload's by its id, or a stored dataset's as it is now. */
    private interface Source {
        ExploredLog log(Access.Grant grant, Context ctx);
    }

    /** One view's answer to a query on a log, for a granted request. */
    private interface View {
        ObjectNode answer(Access.Grant grant, ExploredLog log, QueryReader query);
    }

    private ExploredLog held(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        return logs.get(grant.workspaceId(), ctx.pathParam("log"));
    }

    private FunnelQuery funnel(Access.Grant grant, ExploredLog log, QueryReader reader) {
        return FunnelQuery.read(
                reader,
                journey -> content.live(grant, journey).journey().stepNamesByStage(),
                log.log().activityNames());
    }

    /** Answers the query from the log's cache or computes it; engine refusals become 400s naming the query. */
    private void answer(Context ctx, Source source, String kind, View view) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        ExploredLog log = source.log(grant, ctx);
        JsonNode query = bodies.json(ctx, JsonNode.class);
        if (!query.isObject()) {
            throw QueryReader.invalid("(body)", "send the query as a JSON object");
        }
        ObjectNode answer = log.results()
                .get(
                        Canonical.key(kind, query),
                        () -> {
                            try {
                                return view.answer(grant, log, new QueryReader(query, log.log(), log::caseValues));
                            } catch (BadInputException | IllegalArgumentException e) {
                                throw QueryReader.invalid("(body)", e.getMessage());
                            }
                        },
                        node -> 16_384L);
        ctx.json(answer);
    }
}
