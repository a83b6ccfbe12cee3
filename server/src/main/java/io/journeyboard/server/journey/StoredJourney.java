package io.journeyboard.server.journey;

import io.journeyboard.model.journey.Journey;
import java.time.Instant;

/** A journey as stored: its document, its current version and whether it was deleted. */
public record StoredJourney(
        String workspaceId, Journey journey, int version, boolean deleted, Instant updatedAt, long updatedBy) {}
