package io.journeyboard.server.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.journeyboard.analytics.lane.LaneFigures;
import io.journeyboard.analytics.lane.LaneJson;
import io.journeyboard.analytics.lane.MeasuredLane;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.model.binding.BoundStep;
import io.journeyboard.server.dataset.Dataset;
import io.journeyboard.server.dataset.DatasetLoading;
import io.journeyboard.server.dataset.DatasetLogs;
import io.journeyboard.server.dataset.DatasetStore;
import io.journeyboard.server.dataset.DatasetViews;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;

/**
 * The measured lane of a journey on one of the workspace's datasets: the figures of every bound step
 * ({@link MeasuredLane}), with which dataset, which period and which journey version they come from,
 * and sample case ids behind each figure. A dataset still being loaded answers {@code loading}.
 */
public final class LaneRoutes {

    private final WorkspaceContent content;
    private final DatasetStore datasets;
    private final DatasetLogs logs;
    private final DatasetLoading loading;
    private final Access access;
    private final ObjectMapper mapper;

    public LaneRoutes(
            WorkspaceContent content,
            DatasetStore datasets,
            DatasetLogs logs,
            DatasetLoading loading,
            Access access,
            ObjectMapper mapper) {
        this.content = content;
        this.datasets = datasets;
        this.logs = logs;
        this.loading = loading;
        this.access = access;
        this.mapper = mapper;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/journeys/{journey}/lane", this::lane);
    }

    private void lane(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        StoredJourney stored = content.live(grant, ctx.pathParam("journey"));
        String datasetId = ctx.queryParam("dataset");
        if (datasetId == null || datasetId.isBlank()) {
            List<String> ids =
                    datasets.list(grant.workspaceId()).stream().map(Dataset::id).toList();
            throw ApiException.invalid(List.of(new FieldError(
                    "dataset",
                    "name the dataset to measure the map on, e.g. dataset="
                            + (ids.isEmpty() ? "loan-applications" : ids.getFirst()) + "; the workspace has "
                            + (ids.isEmpty() ? "none yet" : String.join(", ", ids)))));
        }
        ObjectNode answer = mapper.createObjectNode();
        answer.put("journeyVersion", stored.version());
        if (loading.isLoading(grant.workspaceId(), datasetId)) {
            answer.put("loading", true);
            answer.put("note", "the dataset is being loaded; the figures follow in a few seconds");
            ctx.json(answer);
            return;
        }
        Dataset dataset = datasets.find(grant.workspaceId(), datasetId)
                .filter(d -> !d.deleted())
                .orElseThrow(() -> ApiException.notFound(
                        "the workspace has no dataset '" + datasetId + "'; GET …/datasets lists the ones it has"));
        EventLog log = logs.log(grant.workspaceId(), dataset);
        answer.put("loading", false);
        ObjectNode source = answer.putObject("dataset");
        source.put("id", dataset.id());
        source.put("name", dataset.name());
        source.put("events", dataset.events());
        source.put("batches", dataset.batches());
        source.set("period", mapper.valueToTree(DatasetViews.period(log)));
        List<BoundStep> bound = BoundStep.of(stored.journey());
        if (bound.isEmpty()) {
            answer.put("note", "no step of this journey is bound to data yet: select a step and bind it to activities");
            answer.putNull("lane");
        } else {
            LaneFigures figures =
                    MeasuredLane.measure(log, bound.stream().map(LaneSteps::of).toList());
            answer.set("lane", LaneJson.tree(figures));
        }
        ctx.json(answer);
    }
}
