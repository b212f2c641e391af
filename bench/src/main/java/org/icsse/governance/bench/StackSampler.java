package org.icsse.governance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timing breakdown on the server's side: thread dumps of the Payara Micro process ({@code jcmd Thread.print}),
 * taken every half second; the stacks of the threads running a given code are sorted into the parts named
 * (the first part whose marker a stack contains), so the share of samples in each part is the share of time.
 */
final class StackSampler implements AutoCloseable {

    private final long pid;
    private final String thread;
    private final Map<String, String> parts;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int stacks;

    /**
     * @param thread a text that the stacks to count contain (a package of the code measured)
     * @param parts part name → a text of the stack that puts it in that part, in order of precedence
     */
    StackSampler(long pid, String thread, Map<String, String> parts) {
        this.pid = pid;
        this.thread = thread;
        this.parts = parts;
        parts.keySet().forEach(part -> counts.put(part, 0));
        counts.put("other", 0);
        sampler = new Thread(this::sample, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        while (running) {
            try {
                Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Thread.print").start();
                String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                for (String stack : dump.split("\n\n")) {
                    if (!stack.contains(thread) || !stack.contains("RUNNABLE")) {
                        continue;
                    }
                    String part = parts.entrySet().stream().filter(e -> stack.contains(e.getValue())).map(Map.Entry::getKey)
                            .findFirst().orElse("other");
                    synchronized (this) {
                        counts.merge(part, 1, Integer::sum);
                        stacks++;
                    }
                }
                Thread.sleep(500);
            } catch (IOException e) {
                System.err.println("stack sampler stopped: " + e);
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(10_000);
    }

    /** Each part's share of the sampled stacks. */
    synchronized List<String> shares() {
        List<String> lines = new ArrayList<>();
        counts.forEach((part, count) -> lines.add(Bench.format("%5.1f %% | %s", 100.0 * count / Math.max(1, stacks), part)));
        lines.add(stacks + " stacks sampled");
        return lines;
    }
}
