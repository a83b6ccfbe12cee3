package io.journeyboard.server.journey;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Validates one journey with the model's {@link WorkspaceValidator}, against the personas, evidence
 * and other journeys of its workspace. Paths in the answer are relative to the journey document.
 */
public final class JourneyValidation {

    private static final String PREFIX = "journeys[0]";

    private final WorkspaceContent content;
    private final JourneyStore journeys;
    private final WorkspaceValidator validator = new WorkspaceValidator();

    public JourneyValidation(WorkspaceContent content, JourneyStore journeys) {
        this.content = content;
        this.journeys = journeys;
    }

    /** 400 with every problem of {@code journey}, or nothing when it is valid. */
    public void check(Handle handle, String workspaceId, Journey journey) {
        check(handle, workspaceId, journey, Set.of());
    }

    /** As {@link #check(Handle, String, Journey)}, with {@code pendingIds} counted as journeys about to be stored. */
    public void check(Handle handle, String workspaceId, Journey journey, Set<String> pendingIds) {
        List<FieldError> errors = problems(handle, workspaceId, journey, pendingIds);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private List<FieldError> problems(Handle handle, String workspaceId, Journey journey, Set<String> pendingIds) {
        // The other journeys only need to exist as link targets: stand-ins carry their ids.
        List<Journey> all = new ArrayList<>();
        all.add(journey);
        Set<String> others = new LinkedHashSet<>(journeys.liveIds(handle, workspaceId));
        others.addAll(pendingIds);
        for (String id : others) {
            if (!id.equals(journey.id())) {
                all.add(new Journey(id, id, null, null, JourneyState.CURRENT, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
            }
        }
        Workspace workspace = content.snapshot(handle, workspaceId, all);
        return validator.validate(workspace).stream()
                .filter(p -> p.path().startsWith(PREFIX))
                .map(p -> new FieldError(relative(p.path()), p.message()))
                .toList();
    }

    private static String relative(String path) {
        String rest = path.substring(PREFIX.length());
        return rest.startsWith(".") ? rest.substring(1) : rest.isEmpty() ? "(journey)" : rest;
    }
}
