package io.journeyboard.server.share;

import java.time.Instant;

/** A read-only link to one journey, as listed to editors: never the secret token itself. */
public record ShareLink(long id, String journeyId, Instant createdAt, Instant expiresAt, Instant revokedAt) {
}
