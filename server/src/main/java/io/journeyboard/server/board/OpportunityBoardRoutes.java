package io.journeyboard.server.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /workspaces/{ws}/opportunities}: all opportunities across the workspace's journeys (archived ones left
 * out), each with its journey's id, name and version, the version an edit must send as If-Match to
 * {@code PUT .../journeys/{journey}/opportunities/{item}}.
 */
public final class OpportunityBoardRoutes {

    private final JourneyStore journeys;
    private final Access access;
    private final ObjectMapper mapper;

    public OpportunityBoardRoutes(JourneyStore journeys, Access access, ObjectMapper mapper) {
        this.journeys = journeys;
        this.access = access;
        this.mapper = mapper;
    }

    /** A journey on the board. */
    public record BoardJourney(String id, String name, int version) {}

    /** An opportunity where it lives: its journey and the step it is placed on (null for the whole journey). */
    public record BoardOpportunity(String journeyId, String stepName, Opportunity opportunity) {}

    public record Board(List<BoardJourney> journeys, List<BoardOpportunity> opportunities) {}

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/opportunities", ctx -> {
            Access.Grant grant = access.require(ctx, Role.VIEWER);
            ctx.json(board(grant.workspaceId()));
        });
    }

    /** Each journey's version is read in the same row as its document, so an edit's If-Match is what was shown. */
    private Board board(String workspaceId) {
        List<BoardJourney> listed = new ArrayList<>();
        List<BoardOpportunity> opportunities = new ArrayList<>();
        journeys.jdbi()
                .useHandle(handle -> handle.createQuery("""
                        SELECT name, version, document FROM journeys
                        WHERE workspace_id = :ws AND NOT deleted AND NOT archived ORDER BY name, journey_id""")
                        .bind("ws", workspaceId)
                        .map((rs, ctx) -> {
                            Journey journey = Json.readStored(mapper, rs.getString(3), Journey.class);
                            listed.add(new BoardJourney(journey.id(), rs.getString(1), rs.getInt(2)));
                            Map<String, String> steps = stepNames(journey);
                            for (Opportunity o : journey.opportunities()) {
                                opportunities.add(new BoardOpportunity(journey.id(), steps.get(o.stepId()), o));
                            }
                            return journey.id();
                        })
                        .list());
        return new Board(listed, opportunities);
    }

    private static Map<String, String> stepNames(Journey journey) {
        Map<String, String> names = new HashMap<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                names.put(step.id(), step.name());
            }
        }
        return names;
    }
}
