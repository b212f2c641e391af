package org.icsse.governance.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process started by the benchmarks: the same jar as the tests, a fixed heap of 512 MiB, no
 * Hazelcast, a free port on the loopback, its log in a file. {@link #awaitReady} times the start.
 */
final class Micro implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;

    private Micro(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Micro on a WAR.
     *
     * @param name names the working folder and log under {@code work}
     * @param systemProperties {@code -D…} options of the server JVM (the application's settings)
     */
    static Micro start(Path microJar, Path war, String contextRoot, Path work, String name, List<String> systemProperties)
            throws IOException {
        int port = freePort();
        Path dir = work.resolve(name);
        Files.createDirectories(dir.resolve("tmp"));
        Path log = dir.resolve("server.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms512m");
        command.add("-Xmx512m");
        command.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", microJar.toString(), "--deploy", war + ":/" + contextRoot,
                "--rootDir", dir.resolve("payara").toString(), "--port", String.valueOf(port), "--nohazelcast"));
        // -Dbench.postBoot=file: asadmin commands run by every server of the benchmarks after it boots (to try a
        // setting of the server, such as the size of its request thread pool, on both sides of a comparison)
        String postBoot = System.getProperty("bench.postBoot", "");
        if (!postBoot.isBlank()) {
            command.addAll(List.of("--postbootcommandfile", Path.of(postBoot).toAbsolutePath().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        return new Micro(builder.start(), started, port, log);
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Polls the path every 50 ms until it answers 200 with a body containing the text given (so that a server
     * answering before the application is deployed does not count); returns the milliseconds from the process's
     * start.
     */
    long awaitReady(String path, String mustContain, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(mustContain)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Payara Micro not ready after " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
