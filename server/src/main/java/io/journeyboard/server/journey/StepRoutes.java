package io.journeyboard.server.journey;

import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Steps (the map's columns): added to a stage, then changed or removed by their own id. */
public final class StepRoutes {

    private final JourneyEditor editor;
    private final Access access;
    private final Bodies bodies;

    public StepRoutes(JourneyEditor editor, Access access, Bodies bodies) {
        this.editor = editor;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        String journey = JourneyRoutes.BASE + "/{journey}";
        routes.post(journey + "/stages/{stage}/steps", this::add);
        routes.put(journey + "/steps/{step}", this::replace);
        routes.delete(journey + "/steps/{step}", this::remove);
    }

    private void add(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String stageId = ctx.pathParam("stage");
        Step step = bodies.json(ctx, Step.class);
        StoredJourney stored = editor.edit(
                grant, ctx.pathParam("journey"), expected, "added step " + step.id() + " to stage " + stageId, j -> {
                    if (j.stages().stream().noneMatch(s -> s.id().equals(stageId))) {
                        throw ApiException.notFound("the journey has no stage '" + stageId + "'");
                    }
                    return j.withStages(j.stages().stream()
                            .map(s -> {
                                if (!s.id().equals(stageId)) {
                                    return s;
                                }
                                List<Step> steps = new ArrayList<>(s.steps());
                                steps.add(step);
                                return new Stage(s.id(), s.name(), s.description(), steps);
                            })
                            .toList());
                });
        ctx.status(201).header("ETag", ETags.of(stored.version())).json(step);
    }

    private void replace(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String id = ctx.pathParam("step");
        Step step = bodies.json(ctx, Step.class);
        if (!id.equals(step.id())) {
            throw ApiException.invalid(
                    List.of(new FieldError("id", "must be '" + id + "', the step's id in the path")));
        }
        StoredJourney stored = editor.edit(
                grant,
                ctx.pathParam("journey"),
                expected,
                "changed step " + id,
                j -> mapSteps(j, id, steps -> steps.replaceAll(s -> s.id().equals(id) ? step : s)));
        ctx.header("ETag", ETags.of(stored.version())).json(step);
    }

    private void remove(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String id = ctx.pathParam("step");
        StoredJourney stored = editor.edit(
                grant,
                ctx.pathParam("journey"),
                expected,
                "removed step " + id,
                j -> mapSteps(j, id, steps -> steps.removeIf(s -> s.id().equals(id))));
        ctx.header("ETag", ETags.of(stored.version())).status(204);
    }

    /** Applies {@code edit} to the steps of the stage holding step {@code id}; 404 when no stage does. */
    private static Journey mapSteps(Journey journey, String id, Consumer<List<Step>> edit) {
        if (journey.steps().noneMatch(s -> id.equals(s.id()))) {
            throw ApiException.notFound("the journey has no step '" + id + "'");
        }
        UnaryOperator<Stage> change = stage -> {
            if (stage.steps().stream().noneMatch(s -> id.equals(s.id()))) {
                return stage;
            }
            List<Step> steps = new ArrayList<>(stage.steps());
            edit.accept(steps);
            return new Stage(stage.id(), stage.name(), stage.description(), steps);
        };
        return journey.withStages(journey.stages().stream().map(change).toList());
    }
}
