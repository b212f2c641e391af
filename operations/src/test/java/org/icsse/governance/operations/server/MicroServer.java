package org.icsse.governance.operations.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The WAR on one Payara Micro started as a child process, as the README's production command starts it: no
 * Hazelcast, a free port, a Payara root of its own, the application's settings as system properties (in production
 * they come from the environment). Its log is {@code <work>/<name>.log}.
 */
final class MicroServer implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private MicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the WAR with these settings ({@code governance.db.url} …) and waits until it answers and is ready. */
    static MicroServer start(Path work, String name, Map<String, String> settings) throws IOException {
        int port = ServerProcess.freePort();
        Path tmp = work.resolve(name + "-tmp");
        Path root = work.resolve(name + "-root");
        ServerProcess.deleteTree(root);
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as the other tests of Micro: the client compiler and the serial collector start it faster on 2 cores
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", ServerProcess.requiredFile("ops.microJar").toString(),
                "--deploy", ServerProcess.requiredFile("ops.war") + ":/governance",
                "--nohazelcast", "--port", String.valueOf(port), "--rootDir", root.toString()));
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MicroServer micro = new MicroServer(process, port, log);
        micro.awaitReady();
        return micro;
    }

    /** The application's address, {@code http://127.0.0.1:<port>/governance/}. */
    URI application() {
        return URI.create("http://127.0.0.1:" + port + "/governance/");
    }

    /** The last lines of the server's log, for a failure's message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s) and waits for its end. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") did not end");
        }
    }

    private void awaitReady() {
        ServerApi probe = new ServerApi(application());
        Instant limit = Instant.now().plus(STARTUP_LIMIT);
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended at start-up (exit " + process.exitValue() + ")\n" + logTail());
            }
            if (probe.status(ready) == 200 && probe.status(application().resolve("api/v1/decisions")) == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro not ready within " + STARTUP_LIMIT + "\n" + logTail());
    }
}
