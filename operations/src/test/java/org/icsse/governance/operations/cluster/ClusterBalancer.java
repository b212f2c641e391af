package org.icsse.governance.operations.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of the test's instances, with the reference configuration of {@code operations/nginx/governance.conf}
 * (docs/operations.md, "Several servers"): that file is copied with the instances' and nginx's ports put in place of its example ones, and
 * included by a small main configuration that keeps nginx's files under the test's folder. Which instance answered
 * a request is told by the route cookie that configuration sets ({@value #ROUTE_COOKIE}: alpha or beta).
 */
final class ClusterBalancer implements AutoCloseable {

    /** The cookie naming the instance that answered through nginx. */
    static final String ROUTE_COOKIE = "GOVERNANCE_ROUTE";
    /** The example ports of the reference configuration (alpha's, beta's, nginx's), replaced by the test's. */
    static final String FIRST_INSTANCE = "8081";
    static final String SECOND_INSTANCE = "8082";
    static final String LISTEN = "listen 80;";

    private final Process process;
    private final int port;
    private final Path dir;

    private ClusterBalancer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    static ClusterBalancer start(Path nginx, Path reference, Path work, int port, int first, int second)
            throws IOException, InterruptedException {
        Path dir = work.resolve("nginx");
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("temp"));
        String site = Files.readString(reference);
        for (String example : new String[] {FIRST_INSTANCE, SECOND_INSTANCE, LISTEN}) {
            if (!site.contains(example)) {
                throw new IllegalStateException(reference + " no longer contains " + example + ": adapt ClusterBalancer");
            }
        }
        site = site.replace(FIRST_INSTANCE, String.valueOf(first)).replace(SECOND_INSTANCE, String.valueOf(second))
                .replace(LISTEN, "listen 127.0.0.1:" + port + ";");
        Files.writeString(dir.resolve("governance.conf"), site);
        String main;
        try (InputStream template = ClusterBalancer.class.getResourceAsStream("/cluster/nginx.conf")) {
            main = new String(template.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("nginx.conf"), main.replace("@DIR@", dir.toString()));
        Process process = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        ClusterBalancer balancer = new ClusterBalancer(process, port, dir);
        balancer.awaitListening(Duration.ofSeconds(20));
        return balancer;
    }

    String base() {
        return "http://127.0.0.1:" + port + "/governance";
    }

    int port() {
        return port;
    }

    private void awaitListening(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + dir.resolve("logs"));
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx not listening after " + timeout + "; see " + dir.resolve("logs"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
