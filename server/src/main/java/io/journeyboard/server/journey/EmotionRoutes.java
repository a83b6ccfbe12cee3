package io.journeyboard.server.journey;

import io.javalin.http.Context;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.ArrayList;
import java.util.List;

/** Emotion points, one per persona and step: set (create or change) and clear. */
public final class EmotionRoutes {

    /** The body of a PUT: the score from -2 to 2 and an optional note. */
    record Feeling(int score, String note) {}

    private final JourneyEditor editor;
    private final Access access;
    private final Bodies bodies;

    public EmotionRoutes(JourneyEditor editor, Access access, Bodies bodies) {
        this.editor = editor;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        String point = JourneyRoutes.BASE + "/{journey}/emotions/{persona}/{step}";
        routes.put(point, this::set);
        routes.delete(point, this::clear);
    }

    private void set(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        Feeling feeling = bodies.json(ctx, Feeling.class);
        EmotionPoint point =
                new EmotionPoint(ctx.pathParam("persona"), ctx.pathParam("step"), feeling.score(), feeling.note());
        StoredJourney stored = editor.edit(
                grant,
                ctx.pathParam("journey"),
                expected,
                "set emotion of " + point.personaId() + " at " + point.stepId() + " to " + point.score(),
                j -> {
                    List<EmotionPoint> points = new ArrayList<>(j.emotions());
                    int index = indexOf(points, point.personaId(), point.stepId());
                    if (index < 0) {
                        points.add(point);
                    } else {
                        points.set(index, point);
                    }
                    return j.withEmotions(points);
                });
        ctx.header("ETag", ETags.of(stored.version())).json(point);
    }

    private void clear(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String persona = ctx.pathParam("persona");
        String step = ctx.pathParam("step");
        StoredJourney stored = editor.edit(
                grant, ctx.pathParam("journey"), expected, "cleared emotion of " + persona + " at " + step, j -> {
                    List<EmotionPoint> points = new ArrayList<>(j.emotions());
                    int index = indexOf(points, persona, step);
                    if (index < 0) {
                        throw ApiException.notFound("persona '" + persona + "' has no emotion at step '" + step + "'");
                    }
                    points.remove(index);
                    return j.withEmotions(points);
                });
        ctx.header("ETag", ETags.of(stored.version())).status(204);
    }

    private static int indexOf(List<EmotionPoint> points, String persona, String step) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).personaId().equals(persona)
                    && points.get(i).stepId().equals(step)) {
                return i;
            }
        }
        return -1;
    }
}
