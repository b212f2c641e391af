package org.icsse.governance.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.junit.jupiter.api.Test;

/** When sealing runs start: one run serves requests that follow each other closely, then ends. */
class AuditSealingTest {

    /** Counts the sealings; nothing waits to be sealed. */
    private static final class CountingSealer extends AuditSealer {

        final AtomicInteger sealings = new AtomicInteger();

        @Override
        public int sealOldest() {
            sealings.incrementAndGet();
            return 0;
        }
    }

    private final CountingSealer sealer = new CountingSealer();
    private final AtomicInteger tasks = new AtomicInteger();
    private final AuditSealing sealing = new AuditSealing();

    AuditSealingTest() {
        sealing.sealer = sealer;
        // a container's executor: each task on a thread of its own, counted
        sealing.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    tasks.incrementAndGet();
                    Thread thread = new Thread((Runnable) args[0]);
                    thread.setDaemon(true);
                    thread.start();
                    return null;
                });
    }

    @Test
    void commitsOneAfterTheOtherAreSealedByOneRunNotATaskEach() throws Exception {
        for (int i = 0; i < 10; i++) {
            int before = sealer.sealings.get();
            sealing.request();
            awaitMoreThan(before);
            Thread.sleep(5);
        }

        assertThat(tasks.get()).as("tasks handed to the executor for 10 requests 5 ms apart").isLessThanOrEqualTo(2);
    }

    @Test
    void aRunEndsWhenNoRequestComesAndTheNextRequestStartsAnother() throws Exception {
        sealing.request();
        awaitMoreThan(0);
        Thread.sleep(AuditSealing.LINGER_MILLIS * 3);
        int before = sealer.sealings.get();

        sealing.request();
        awaitMoreThan(before);

        assertThat(tasks.get()).isEqualTo(2);
    }

    /** Waits (at most 5 s) until a sealing after the count given has run. */
    private void awaitMoreThan(int sealings) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sealer.sealings.get() <= sealings) {
            assertThat(System.nanoTime()).as("a request left unsealed").isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}
