package io.journeyboard.server.journey;

import java.time.Instant;

/** A journey in a workspace's list. */
public record JourneySummary(String id, String name, int version, Instant updatedAt, String updatedBy) {}
