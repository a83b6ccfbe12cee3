package io.journeyboard.server.share;

import java.time.Instant;

/**
 * A link to one journey for reading it ({@code view}) or also commenting ({@code comment}), optionally
 * expiring and needing a password; as listed to editors: never the secret token itself.
 */
public record ShareLink(
        long id,
        String journeyId,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        String access,
        boolean passwordProtected) {}
