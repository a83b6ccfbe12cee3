package io.journeyboard.server.dataset;

import java.time.Instant;

/** One accepted batch as its row records it: the idempotency key it came with, its size and its source. */
public record StoredBatch(
        int seq, String idempotencyKey, String bodySha256, int events, String source, long addedBy, Instant addedAt) {}
