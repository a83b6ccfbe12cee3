package io.journeyboard.server.explore;

import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.server.http.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logs held in memory for exploring, per workspace. Adding a log first drops idle ones, then the
 * least recently used of its workspace (and, past the limit in all, of any workspace) until it fits; a
 * log too large for its workspace's share is refused with 413 rather than emptying the cache for nothing.
 */
public final class ExploredLogs {

    private static final Logger LOG = LoggerFactory.getLogger(ExploredLogs.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final ExploreLimits limits;
    private final Clock clock;
    private final Map<String, ExploredLog> logs = new LinkedHashMap<>();

    public ExploredLogs(ExploreLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Keeps {@code log} for exploring in the workspace; {@code source} and {@code version} say which data it is. */
    public synchronized ExploredLog add(String workspaceId, String source, long version, EventLog log) {
        Instant now = clock.instant();
        String id = "log-" + HexFormat.of().formatHex(randomBytes());
        ExploredLog added = new ExploredLog(id, workspaceId, source, version, log, now, limits.resultBytesPerLog());
        if (added.bytes() > limits.bytesPerWorkspace()) {
            throw new ApiException(
                    413,
                    "Log too large to explore",
                    "this log needs about " + added.bytes() / (1 << 20)
                            + " MiB in memory, over the " + limits.bytesPerWorkspace() / (1 << 20)
                            + " MiB a workspace may hold for exploring; filter it to fewer cases or events first");
        }
        dropIdle(now);
        while (bytesOf(workspaceId) + added.bytes() > limits.bytesPerWorkspace()
                || countOf(workspaceId) >= limits.logsPerWorkspace()) {
            evict(oldest(workspaceId), "room in the workspace");
        }
        while (bytesInAll() + added.bytes() > limits.bytesInAll()) {
            evict(oldest(null), "room in the server");
        }
        logs.put(id, added);
        return added;
    }

    /** The log {@code id} of the workspace, marked as used; 404 with what to do when it is not (or no longer) held. */
    public synchronized ExploredLog get(String workspaceId, String id) {
        dropIdle(clock.instant());
        ExploredLog found = logs.get(id);
        if (found == null || !found.workspaceId().equals(workspaceId)) {
            throw ApiException.notFound("no explored log '" + id + "' in this workspace: a log is kept in memory for "
                    + limits.idle().toMinutes()
                    + " minutes after its last use and while there is room; upload it again");
        }
        found.touch(clock.instant());
        return found;
    }

    public synchronized void remove(String workspaceId, String id) {
        logs.remove(get(workspaceId, id).id());
    }

    /** The log {@code id} of the workspace, or null when it is not (or no longer) held; not marked as used. */
    synchronized ExploredLog find(String workspaceId, String id) {
        dropIdle(clock.instant());
        ExploredLog found = logs.get(id);
        return found == null || !found.workspaceId().equals(workspaceId) ? null : found;
    }

    /** Drops the log {@code id} if it is still held (an old version of a dataset). */
    synchronized void discard(String workspaceId, String id) {
        ExploredLog found = find(workspaceId, id);
        if (found != null) {
            evict(found, "its data changed");
        }
    }

    /** The logs a workspace holds now, most recently used first. */
    public synchronized List<ExploredLog> of(String workspaceId) {
        dropIdle(clock.instant());
        return logs.values().stream()
                .filter(l -> l.workspaceId().equals(workspaceId))
                .sorted(Comparator.comparing(ExploredLog::lastUsed).reversed())
                .toList();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[9];
        IDS.nextBytes(bytes);
        return bytes;
    }

    private void dropIdle(Instant now) {
        for (ExploredLog log : new ArrayList<>(logs.values())) {
            if (log.lastUsed().plus(limits.idle()).isBefore(now)) {
                evict(log, "idle");
            }
        }
    }

    private ExploredLog oldest(String workspaceId) {
        return logs.values().stream()
                .filter(l -> workspaceId == null || l.workspaceId().equals(workspaceId))
                .min(Comparator.comparing(ExploredLog::lastUsed))
                .orElseThrow();
    }

    private void evict(ExploredLog log, String why) {
        logs.remove(log.id());
        LOG.info(
                "event=explored_log_dropped workspace={} log={} bytes={} reason=\"{}\"",
                log.workspaceId(),
                log.id(),
                log.bytes(),
                why);
    }

    private long bytesOf(String workspaceId) {
        return logs.values().stream()
                .filter(l -> l.workspaceId().equals(workspaceId))
                .mapToLong(ExploredLog::bytes)
                .sum();
    }

    private long countOf(String workspaceId) {
        return logs.values().stream()
                .filter(l -> l.workspaceId().equals(workspaceId))
                .count();
    }

    private long bytesInAll() {
        return logs.values().stream().mapToLong(ExploredLog::bytes).sum();
    }
}
