package io.journeyboard.server.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.server.http.ApiException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory cache of explored logs: its limits by count, size and idle time, per workspace. */
class ExploredLogsTest {

    private static EventLog runningExample() throws IOException {
        return EventLogReader.read(Path.of("../data/running-example.csv"), LogReadOptions.defaults())
                .log();
    }

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aWorkspaceKeepsItsMostRecentlyUsedLogsAndOthersAreUntouched() throws IOException {
        EventLog log = runningExample();
        HandClock clock = new HandClock();
        ExploredLogs logs =
                new ExploredLogs(new ExploreLimits(2, 1 << 20, 1 << 30, Duration.ofMinutes(30), 1 << 20), clock);
        ExploredLog a = logs.add("ws1", "a.csv", 1, log);
        clock.now = clock.now.plusSeconds(1);
        ExploredLog b = logs.add("ws1", "b.csv", 1, log);
        ExploredLog other = logs.add("ws2", "c.csv", 1, log);
        clock.now = clock.now.plusSeconds(1);
        logs.get("ws1", a.id());
        clock.now = clock.now.plusSeconds(1);

        logs.add("ws1", "d.csv", 1, log);

        assertThat(logs.of("ws1")).extracting(ExploredLog::source).containsExactly("d.csv", "a.csv");
        assertThatThrownBy(() -> logs.get("ws1", b.id()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("upload it again");
        assertThat(logs.get("ws2", other.id()).source()).isEqualTo("c.csv");
        assertThatThrownBy(() -> logs.get("ws1", other.id()))
                .as("another workspace's log is not found")
                .isInstanceOf(ApiException.class);
    }

    @Test
    void anIdleLogIsDroppedAndOneTooLargeIsRefused() throws IOException {
        EventLog log = runningExample();
        HandClock clock = new HandClock();
        long size = log.estimatedBytes();
        ExploredLogs logs =
                new ExploredLogs(new ExploreLimits(5, size * 2, size * 3, Duration.ofMinutes(30), 1 << 20), clock);
        ExploredLog kept = logs.add("ws1", "a.csv", 1, log);
        clock.now = clock.now.plus(Duration.ofMinutes(31));

        assertThatThrownBy(() -> logs.get("ws1", kept.id())).isInstanceOf(ApiException.class);
        ExploredLogs tiny =
                new ExploredLogs(new ExploreLimits(5, size - 1, size, Duration.ofMinutes(30), 1 << 20), clock);
        assertThatThrownBy(() -> tiny.add("ws1", "a.csv", 1, log))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("MiB a workspace may hold");
    }

    @Test
    void theResultCacheDropsTheLeastRecentlyUsedPastItsBytes() {
        ResultCache cache = new ResultCache(1000);
        int[] computed = {0};
        cache.get("a", () -> ++computed[0], v -> 400);
        cache.get("b", () -> ++computed[0], v -> 400);
        cache.get("a", () -> ++computed[0], v -> 400);
        cache.get("c", () -> ++computed[0], v -> 400);

        assertThat(cache.get("a", () -> -1, v -> 400)).isEqualTo(1);
        assertThat(cache.get("b", () -> -1, v -> 400))
                .as("b was least recently used")
                .isEqualTo(-1);
        assertThat(computed[0]).isEqualTo(3);
    }
}
