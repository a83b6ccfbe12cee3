package io.journeyboard.server.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;

/** The kept runs of a workspace: listed (of one journey, of one kind), and each opened with its answer. */
public final class RunRoutes {

    private static final List<String> KINDS = List.of(RunStore.INSIGHTS, RunStore.ANALYTICS);

    private final RunStore runs;
    private final Access access;
    private final ObjectMapper mapper;

    public RunRoutes(RunStore runs, Access access, ObjectMapper mapper) {
        this.runs = runs;
        this.access = access;
        this.mapper = mapper;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/runs", this::list);
        routes.get("/workspaces/{ws}/runs/{run}", this::open);
    }

    private void list(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String kind = ctx.queryParam("kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw ApiException.invalid(List.of(
                    new FieldError("kind", "'" + kind + "' is not a kind of run; use " + String.join(" or ", KINDS))));
        }
        String journey = ctx.queryParam("journey");
        ctx.json(runs.list(grant.workspaceId(), journey == null || journey.isBlank() ? null : journey, kind));
    }

    /** The run and, once it is done, the answer it gave ({@code answer}), as its screen shows it. */
    private void open(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String id = ctx.pathParam("run");
        AnalysisRun run = runs.find(grant.workspaceId(), id)
                .orElseThrow(() -> ApiException.notFound("the workspace has kept no run '" + id + "'"));
        ObjectNode answer = mapper.createObjectNode();
        answer.set("run", mapper.valueToTree(run));
        runs.answer(grant.workspaceId(), id).ifPresent(kept -> answer.set("answer", kept));
        ctx.json(answer);
    }
}
