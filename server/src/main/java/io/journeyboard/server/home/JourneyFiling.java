package io.journeyboard.server.home;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * How journeys are filed on the home screen: archived or not, and their tags. Filing is not part of the journey's
 * document, so it writes no version: archiving a journey does not change its map or its history.
 */
public final class JourneyFiling {

    /** Journeys ids of the workspace that are archived. */
    public Set<String> archived(Handle handle, String workspaceId) {
        return new HashSet<>(handle.createQuery("SELECT journey_id FROM journeys WHERE workspace_id = :ws AND archived")
                .bind("ws", workspaceId)
                .mapTo(String.class)
                .list());
    }

    /** Every journey's tags, sorted, by journey id. */
    public Map<String, Set<String>> tags(Handle handle, String workspaceId) {
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        handle.createQuery("SELECT journey_id, tag FROM journey_tags WHERE workspace_id = :ws")
                .bind("ws", workspaceId)
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2)))
                .forEach(row -> tags.computeIfAbsent(row.get(0), id -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                        .add(row.get(1)));
        return tags;
    }

    public Set<String> tagsOf(Handle handle, String workspaceId, String journeyId) {
        return tags(handle, workspaceId).getOrDefault(journeyId, Set.of());
    }

    public void setArchived(Handle handle, String workspaceId, String journeyId, boolean archived) {
        handle.createUpdate("UPDATE journeys SET archived = :archived WHERE workspace_id = :ws AND journey_id = :id")
                .bind("archived", archived)
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .execute();
    }

    public void addTag(Handle handle, String workspaceId, String journeyId, String tag) {
        handle.createUpdate("INSERT INTO journey_tags (workspace_id, journey_id, tag) VALUES (:ws, :id, :tag)")
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .bind("tag", tag)
                .execute();
    }

    /** Removes the tag, in any case ("Q4" removes "q4"). */
    public void removeTag(Handle handle, String workspaceId, String journeyId, String tag) {
        handle.createUpdate("""
                        DELETE FROM journey_tags WHERE workspace_id = :ws AND journey_id = :id
                        AND LOWER(tag) = LOWER(:tag)""")
                .bind("ws", workspaceId)
                .bind("id", journeyId)
                .bind("tag", tag)
                .execute();
    }
}
