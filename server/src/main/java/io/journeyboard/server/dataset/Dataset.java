package io.journeyboard.server.dataset;

import java.time.Instant;

/**
 * A named event dataset of a workspace: its size and when it last grew. {@code deletedAt} is set once
 * it is deleted; the row stays as the record of the deletion, its events are gone.
 */
public record Dataset(
        String id,
        String name,
        long events,
        int batches,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        Long deletedBy,
        Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
