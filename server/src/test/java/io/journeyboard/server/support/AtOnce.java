package io.journeyboard.server.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs requests as close to the same moment as threads allow, for race tests; answers their results in order. */
public final class AtOnce {

    private AtOnce() {}

    public static <T> List<T> run(List<Callable<T>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests.size())) {
            for (Callable<T> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    /** The same request {@code times} times at once. */
    public static <T> List<T> repeat(int times, Callable<T> request) throws Exception {
        return run(Collections.nCopies(times, request));
    }
}
