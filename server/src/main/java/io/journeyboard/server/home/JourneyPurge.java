package io.journeyboard.server.home;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Removes a journey in the trash for good: its rows in every table that holds rows of a journey, then the journey,
 * in one transaction. The only delete in the store that loses history, hence an owner's alone.
 */
public final class JourneyPurge {

    /** The tables holding rows of one journey, in the order they are emptied (those referencing journeys first). */
    private static final List<String> JOURNEY_ROWS =
            List.of("journey_tags", "comments", "share_links", "analysis_runs", "journey_versions");

    private final Jdbi jdbi;

    public JourneyPurge(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** False, and nothing removed, when the journey is not in the trash. */
    public boolean purge(String workspaceId, String journeyId) {
        return jdbi.inTransaction(handle -> {
            boolean trashed = handle.createQuery("""
                            SELECT COUNT(*) FROM journeys WHERE workspace_id = :ws AND journey_id = :id AND deleted
                            """)
                            .bind("ws", workspaceId)
                            .bind("id", journeyId)
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (!trashed) {
                return false;
            }
            for (String table : JOURNEY_ROWS) {
                handle.createUpdate("DELETE FROM " + table + " WHERE workspace_id = :ws AND journey_id = :id")
                        .bind("ws", workspaceId)
                        .bind("id", journeyId)
                        .execute();
            }
            handle.createUpdate("DELETE FROM journeys WHERE workspace_id = :ws AND journey_id = :id")
                    .bind("ws", workspaceId)
                    .bind("id", journeyId)
                    .execute();
            return true;
        });
    }
}
