package org.icsse.governance.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** What the in-container tests share to build their data and race their calls (added to every test deployment). */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code count} random capital letters: acronyms and codes no other test (or run) has used. */
    public static String letters(int count) {
        StringBuilder code = new StringBuilder();
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit).limit(count)
                .forEach(c -> code.append((char) ('A' + Character.digit(c, 16) % 26)));
        return code.toString();
    }

    /** Runs the calls from a pool of {@code threads}, all released at once, and waits (at most four minutes) for them. */
    public static <T> List<Future<T>> together(List<Callable<T>> calls, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(240, TimeUnit.SECONDS)).as("all calls done in time").isTrue();
            return running;
        } finally {
            pool.shutdownNow();
        }
    }
}
