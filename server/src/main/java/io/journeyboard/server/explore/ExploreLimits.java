package io.journeyboard.server.explore;

import java.time.Duration;

/**
 * How much explored data the server keeps in memory: per workspace at most {@code logsPerWorkspace}
 * logs and {@code bytesPerWorkspace} (estimated) bytes, {@code bytesInAll} over every workspace, a log
 * idle longer than {@code idle} is dropped, and each log's cached results stay under {@code resultBytesPerLog}.
 */
public record ExploreLimits(
        int logsPerWorkspace, long bytesPerWorkspace, long bytesInAll, Duration idle, long resultBytesPerLog) {

    /** A share of the heap: a quarter per workspace and a third in all, four logs a workspace, 30 idle minutes. */
    public static ExploreLimits forHeap(long maxHeapBytes) {
        return new ExploreLimits(4, maxHeapBytes / 4, maxHeapBytes / 3, Duration.ofMinutes(30), 64L << 20);
    }
}
