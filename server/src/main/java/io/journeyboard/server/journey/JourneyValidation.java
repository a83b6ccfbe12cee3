package io.journeyboard.server.journey;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.validation.Problem;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
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

    /** 400 with every problem of {@code journey} (paths relative to it), or nothing when it is valid. */
    public void check(Handle handle, String workspaceId, Journey journey) {
        List<FieldError> errors = problems(handle, workspaceId, List.of(journey)).stream()
                .map(p -> new FieldError(relative(p.path()), p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * 400 with every problem of {@code added}, journeys about to be stored together (an import; links
     * between them are valid), with paths {@code journeys[i]...} by their place in the list. One validation
     * of the whole workspace, so the cost grows with the number of journeys, not with its square.
     */
    public void checkAll(Handle handle, String workspaceId, List<Journey> added) {
        List<FieldError> errors = problems(handle, workspaceId, added).stream()
                .map(p -> new FieldError(p.path(), p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The problems of {@code added}, which come first in the validated workspace. */
    private List<Problem> problems(Handle handle, String workspaceId, List<Journey> added) {
        // The other journeys only need to exist as link targets: stand-ins carry their ids.
        List<Journey> all = new ArrayList<>(added);
        Set<String> addedIds = new HashSet<>(added.stream().map(Journey::id).toList());
        for (String id : journeys.liveIds(handle, workspaceId)) {
            if (!addedIds.contains(id)) {
                all.add(new Journey(
                        id,
                        id,
                        null,
                        null,
                        JourneyState.CURRENT,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
            }
        }
        Workspace workspace = content.snapshot(handle, workspaceId, all);
        return validator.validate(workspace).stream()
                .filter(p -> isAbout(p.path(), added.size()))
                .toList();
    }

    /** Whether a problem's path lies in one of the first {@code count} journeys. */
    private static boolean isAbout(String path, int count) {
        if (!path.startsWith("journeys[")) {
            return false;
        }
        int close = path.indexOf(']');
        return close > 0 && Integer.parseInt(path.substring("journeys[".length(), close)) < count;
    }

    private static String relative(String path) {
        String rest = path.substring(PREFIX.length());
        return rest.startsWith(".") ? rest.substring(1) : rest.isEmpty() ? "(journey)" : rest;
    }
}
