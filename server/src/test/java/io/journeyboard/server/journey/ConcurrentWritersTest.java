package io.journeyboard.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class ConcurrentWritersTest {

    private static final int WRITERS = 8;

    @BothDatabases
    void ofWritersStartingFromTheSameVersionExactlyOneWinsAndNoneIsLost(Backend backend) throws Exception {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int i = 0; i < WRITERS; i++) {
                String body = Fixtures.journey("j1").replace("Onboarding", "Writer " + i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return owner.put(path, body, "If-Match", "\"1\"").status();
                }));
            }
            start.countDown();
        }

        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        assertThat(answers).filteredOn(s -> s == 200).hasSize(1);
        assertThat(answers).filteredOn(s -> s == 409).hasSize(WRITERS - 1);
        assertThat(owner.get(path).etag()).isEqualTo("\"2\"");
        assertThat(owner.get(path + "/versions").json()).hasSize(2);
    }

    @BothDatabases
    void writersThatRetryOnConflictAllLandInSequence(Backend backend) throws Exception {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                String cardId = "added-" + i;
                pool.submit(() -> {
                    String card =
                            "{\"id\":\"" + cardId + "\",\"laneId\":\"l-actions\",\"stepId\":\"st2\",\"text\":\"note\"}";
                    int status;
                    do {
                        String etag = owner.get(path).etag();
                        status = owner.post(path + "/cards", card, "If-Match", etag)
                                .status();
                    } while (status == 409);
                    return status;
                });
            }
        }

        assertThat(owner.get(path).json().get("cards").findValuesAsText("id"))
                .containsExactlyInAnyOrder("c1", "added-0", "added-1", "added-2", "added-3");
        assertThat(owner.get(path).etag()).isEqualTo("\"5\"");
    }
}
