package io.journeyboard.server.binding;

import io.javalin.http.Context;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.server.dataset.Dataset;
import io.journeyboard.server.dataset.DatasetLogs;
import io.journeyboard.server.dataset.DatasetStore;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggested bindings: for every step of a journey, the activities of a dataset most like the step's
 * name, with a confidence. Nothing is changed; accepting a suggestion is an ordinary journey change.
 */
public final class BindingSuggestionRoutes {

    private final WorkspaceContent content;
    private final DatasetStore datasets;
    private final DatasetLogs logs;
    private final Access access;

    public BindingSuggestionRoutes(WorkspaceContent content, DatasetStore datasets, DatasetLogs logs, Access access) {
        this.content = content;
        this.datasets = datasets;
        this.logs = logs;
        this.access = access;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/journeys/{journey}/binding-suggestions", this::suggest);
    }

    private void suggest(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        StoredJourney stored = content.live(grant, ctx.pathParam("journey"));
        String datasetId = ctx.queryParam("dataset");
        if (datasetId == null || datasetId.isBlank()) {
            throw ApiException.invalid(List.of(new FieldError(
                    "dataset", "name the dataset whose activities to suggest, " + "e.g. dataset=loan-applications")));
        }
        Dataset dataset = datasets.find(grant.workspaceId(), datasetId)
                .filter(d -> !d.deleted())
                .orElseThrow(() -> ApiException.notFound(
                        "the workspace has no dataset '" + datasetId + "'; GET …/datasets lists the ones it has"));
        EventLog log = logs.log(grant.workspaceId(), dataset);
        long[] events = new long[log.activityCount()];
        for (int code : log.activity()) {
            events[code]++;
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Stage stage : stored.journey().stages()) {
            for (Step step : stage.steps()) {
                Map<String, Object> suggestion = new LinkedHashMap<>();
                suggestion.put("stepId", step.id());
                suggestion.put("stepName", step.name());
                suggestion.put("stage", stage.name());
                suggestion.put("bound", step.binding() != null);
                suggestion.put("candidates", BindingSuggestions.forStep(step.name(), log.activityNames(), events));
                steps.add(suggestion);
            }
        }
        ctx.json(Map.of("dataset", dataset.id(), "journeyVersion", stored.version(), "steps", steps));
    }
}
