package io.journeyboard.server.explore;

import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.segment.CaseValues;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One log held for exploring: its data, where it came from ({@code source}: an upload's file name, or
 * a stored dataset's name) and the version of that data. Results are cached under the log, so a new
 * version of the same source is added as a new log and its old results go with the old one.
 */
public final class ExploredLog {

    private final String id;
    private final String workspaceId;
    private final String source;
    private final long version;
    private final EventLog log;
    private final long bytes;
    private final Instant loadedAt;
    private final AtomicReference<Instant> lastUsed;
    private final ResultCache results;
    private final Map<String, CaseValues> caseValues = new ConcurrentHashMap<>();

    ExploredLog(
            String id, String workspaceId, String source, long version, EventLog log, Instant now, long resultBytes) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.source = source;
        this.version = version;
        this.log = log;
        this.bytes = log.estimatedBytes();
        this.loadedAt = now;
        this.lastUsed = new AtomicReference<>(now);
        this.results = new ResultCache(resultBytes);
    }

    public String id() {
        return id;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }

    public EventLog log() {
        return log;
    }

    public long bytes() {
        return bytes;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    Instant lastUsed() {
        return lastUsed.get();
    }

    void touch(Instant now) {
        lastUsed.set(now);
    }

    /**
     * Each case's value of an attribute, read once per log (a pass over every event) and kept with it:
     * breakdowns and drivers ask for the same columns again and again.
     */
    CaseValues caseValues(String attribute) {
        return caseValues.computeIfAbsent(attribute, name -> CaseValues.of(log, name));
    }

    ResultCache results() {
        return results;
    }
}
