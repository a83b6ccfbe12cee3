package io.journeyboard.server.comment;

import java.time.Instant;

/**
 * A remark on a journey, optionally anchored to one of its parts.
 *
 * @param anchor the id of the card, step or other part it is about, or null for the whole journey
 */
public record Comment(
        long id,
        String journeyId,
        String anchor,
        String body,
        boolean resolved,
        long authorId,
        String authorName,
        Instant createdAt) {}
