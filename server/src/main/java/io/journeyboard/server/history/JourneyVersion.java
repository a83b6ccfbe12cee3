package io.journeyboard.server.history;

import java.time.Instant;

/**
 * One entry of a journey's history: who changed it, when, and what.
 *
 * @param name what a person called this version ("before workshop"), or null
 */
public record JourneyVersion(
        int version,
        boolean deleted,
        String summary,
        String name,
        long authorId,
        String authorName,
        Instant createdAt) {}
