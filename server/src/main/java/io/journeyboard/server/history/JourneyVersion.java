package io.journeyboard.server.history;

import java.time.Instant;

/** One entry of a journey's history: who changed it, when, and what. */
public record JourneyVersion(int version, boolean deleted, String summary, long authorId, String authorName, Instant createdAt) {
}
