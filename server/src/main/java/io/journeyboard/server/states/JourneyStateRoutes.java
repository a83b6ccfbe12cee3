package io.journeyboard.server.states;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyLink;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;
import java.util.Optional;

/**
 * The current and the future state of a journey. A map that links to another with {@code future_state_of} is
 * that map's future state; the pair is found from either side. A journey without a partner is answered in the
 * slot of its own state, the other slot left out.
 */
public final class JourneyStateRoutes {

    private final JourneyStore journeys;
    private final WorkspaceContent content;
    private final Access access;
    private final ObjectMapper mapper;

    public JourneyStateRoutes(JourneyStore journeys, WorkspaceContent content, Access access, ObjectMapper mapper) {
        this.journeys = journeys;
        this.content = content;
        this.access = access;
        this.mapper = mapper;
    }

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/journeys/{journey}/states", this::states);
    }

    private void states(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        StoredJourney asked = content.live(grant, ctx.pathParam("journey"));
        String ws = grant.workspaceId();
        Optional<StoredJourney> current = currentOf(ws, asked.journey());
        StoredJourney currentSide;
        Optional<StoredJourney> futureSide;
        if (current.isPresent()) {
            currentSide = current.get();
            futureSide = Optional.of(asked);
        } else if (asked.journey().state() == JourneyState.FUTURE) {
            currentSide = null;
            futureSide = Optional.of(asked);
        } else {
            currentSide = asked;
            futureSide = futureOf(ws, asked.journey().id());
        }
        ObjectNode answer =
                mapper.createObjectNode().put("asked", asked.journey().id());
        if (currentSide != null) {
            answer.set("current", side(currentSide));
        }
        futureSide.ifPresent(future -> answer.set("future", side(future)));
        ctx.json(answer);
    }

    /** The live journey {@code journey} says it is the future state of. */
    private Optional<StoredJourney> currentOf(String ws, Journey journey) {
        return journey.links().stream()
                .filter(link -> link.kind() == JourneyLink.LinkKind.FUTURE_STATE_OF)
                .map(link -> journeys.find(ws, link.journeyId()))
                .flatMap(Optional::stream)
                .filter(found -> !found.deleted())
                .findFirst();
    }

    /** The first live journey (by id) that says it is the future state of {@code journeyId}. */
    private Optional<StoredJourney> futureOf(String ws, String journeyId) {
        List<Journey> live = journeys.jdbi().withHandle(handle -> journeys.liveJourneys(handle, ws));
        return live.stream()
                .filter(j -> j.links().stream()
                        .anyMatch(link -> link.kind() == JourneyLink.LinkKind.FUTURE_STATE_OF
                                && link.journeyId().equals(journeyId)))
                .findFirst()
                .flatMap(j -> journeys.find(ws, j.id()));
    }

    private ObjectNode side(StoredJourney stored) {
        ObjectNode side = mapper.createObjectNode().put("version", stored.version());
        side.set("journey", mapper.valueToTree(stored.journey()));
        return side;
    }
}
