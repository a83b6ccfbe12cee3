package io.journeyboard.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.server.account.User;
import io.journeyboard.server.account.UserStore;
import io.journeyboard.server.store.Database;
import io.journeyboard.server.workspace.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset logs held in memory stay within their budget: the least recently used are let go and reopened. */
class DatasetLogsBudgetTest {

    private static final Path LOG = Path.of("../data/running-example.csv");

    @TempDir
    Path data;

    @Test
    void pastTheBudgetTheLeastRecentlyUsedLogIsLetGoAndReopenedWhole() throws Exception {
        try (Database database = Database.embedded(data)) {
            database.migrate();
            User owner = new UserStore(database.jdbi())
                    .create("owner@example.org", "Owner", "not-a-hash")
                    .orElseThrow();
            String ws = new WorkspaceStore(database.jdbi())
                    .create(owner, "Data", "")
                    .id();
            DatasetStore store = new DatasetStore(database.jdbi());
            EventLog events =
                    EventLogReader.read(LOG, LogReadOptions.defaults()).log();
            byte[] body = Files.readAllBytes(LOG);
            Dataset first = store.create(ws, "first", owner.id(), batch("a", body, events), DatasetLimits.DEFAULT);
            Dataset second = store.create(ws, "second", owner.id(), batch("b", body, events), DatasetLimits.DEFAULT);

            DatasetLogs roomForOne = new DatasetLogs(store, events.estimatedBytes() * 3 / 2);
            roomForOne.log(ws, first);
            roomForOne.log(ws, second);
            assertThat(roomForOne.holds(ws, first.id()))
                    .as("the older log let go")
                    .isFalse();
            assertThat(roomForOne.holds(ws, second.id())).isTrue();
            assertThat(roomForOne.log(ws, first).eventCount()).isEqualTo(events.eventCount());
            assertThat(roomForOne.holds(ws, second.id()))
                    .as("now the older one")
                    .isFalse();

            DatasetLogs roomForBoth = new DatasetLogs(store, events.estimatedBytes() * 2);
            roomForBoth.log(ws, first);
            roomForBoth.log(ws, second);
            assertThat(roomForBoth.holds(ws, first.id()) && roomForBoth.holds(ws, second.id()))
                    .isTrue();
        }
    }

    private static DatasetStore.NewBatch batch(String key, byte[] body, EventLog events) {
        return DatasetStore.NewBatch.of(key, body, events, "running-example.csv");
    }
}
