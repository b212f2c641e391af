package org.icsse.governance.operations.cluster;

import java.io.IOException;
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
 * One Payara Micro instance of the test's cluster, started as docs/operations.md ("Several servers") says: its own name, HTTP port and data
 * grid port, the data grid on the loopback only, the other members named by address ({@code --clusterMode tcpip}),
 * the application configured by system properties. Its output goes to {@code server.log} in its folder.
 */
final class ClusterInstance implements AutoCloseable {

    private final String name;
    private final int httpPort;
    private final Process process;
    private final Path log;

    private ClusterInstance(String name, int httpPort, Process process, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts an instance.
     *
     * @param gridPort this instance's data grid port
     * @param members every member's data grid port (this one's included), all on the loopback
     * @param settings the application's settings, as {@code -D} options
     */
    static ClusterInstance start(Path microJar, Path war, Path work, String name, String clusterName, int httpPort,
            int gridPort, List<Integer> members, List<String> settings) throws IOException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir.resolve("tmp"));
        Path log = dir.resolve("server.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
        // the data grid listens on the interfaces given below only, not on every address of the machine
        command.add("-Dhazelcast.socket.bind.any=false");
        // a member that stops answering is given up after 5 s (Hazelcast's default is 60 s), so that the survivor
        // takes over the sessions the dead one held without keeping its users waiting
        command.add("-Dhazelcast.max.no.heartbeat.seconds=5");
        command.add("-Dhazelcast.heartbeat.interval.seconds=1");
        command.addAll(settings);
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war + ":/governance",
                "--rootDir", dir.resolve("payara").toString(),
                "--name", name,
                "--port", String.valueOf(httpPort),
                "--clusterName", clusterName,
                "--interfaces", "127.0.0.1",
                "--startPort", String.valueOf(gridPort),
                "--clusterMode", "tcpip:" + String.join(",", members.stream().map(port -> "127.0.0.1:" + port).toList()),
                // both members are on one host: keep the backups of each one's data on the other all the same
                "--nohostaware"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ClusterInstance(name, httpPort, process, log);
    }

    String name() {
        return name;
    }

    int port() {
        return httpPort;
    }

    /** The application's address on this instance, without the load balancer. */
    String base() {
        return "http://127.0.0.1:" + httpPort + "/governance";
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the application answers its readiness check (database reachable). */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("database")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /** Waits until the server's log has a line containing the text. */
    void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not log \"" + text + "\" within " + timeout + "; see " + log);
    }

    /** Kills the process at once (SIGKILL): no shutdown of the server, of its sessions or of its data grid member. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
