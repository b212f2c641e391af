package org.icsse.governance.web.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shipped WAR on a Payara Micro that the test starts as a child process of its own, so that it can kill it
 * (SIGKILL, no shutdown hook runs) and start it again on the same database — what Arquillian's managed container
 * cannot do. The JVM options are those of the Arquillian runs ({@code arquillian.xml}); the settings come as system
 * properties, as in production they come from the environment. The server's log goes to
 * {@code target/it-work/faults/<name>-<n>.log}; its Payara state lives in {@code target/it-work/faults/<name>-<n>-root}.
 */
final class MicroProcess implements AutoCloseable {

    /** The password the runs give the bootstrap administrator; the demonstration accounts' is {@code solidarity-2026}. */
    static final String ADMIN_PASSWORD = "it-bootstrap-secret-2026";
    static final String DEMO_PASSWORD = "solidarity-2026";

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private MicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the WAR against the database at {@code dbUrl} (user {@code dbUser}) and waits until the application
     * answers and {@code /health/ready} says UP.
     *
     * @param name names the log file and the Payara root directory of this start
     */
    static MicroProcess start(String name, String dbUrl, String dbUser) {
        Path work = Path.of(System.getProperty("it.work", "target/it-work"), "faults").toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as arquillian.xml: the client compiler and the serial collector start Micro faster on 2 cores
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + tmp,
                "-Dgovernance.db.url=" + dbUrl,
                "-Dgovernance.db.user=" + dbUser,
                "-Dgovernance.demo=true",
                "-Dgovernance.admin.password=" + ADMIN_PASSWORD,
                "-Dgovernance.password.iterations=10000",
                "-Dgovernance.jobs.scheduled=false",
                "-Dgovernance.data.dir=" + work.resolve(name + "-data"),
                "-jar", required("payara.microJar", "target/payara-micro.jar"),
                "--deploy", required("governance.war", "target/governance.war") + ":/governance",
                "--nohazelcast",
                "--port", String.valueOf(port),
                "--rootDir"));
        try {
            Files.createDirectories(work);
            Files.createDirectories(tmp);
            Path log = nextLog(work, name);
            // a Payara root of its own per start: on a root that already holds the application, --deploy deploys
            // it a second time over the first, and a delegate's cast was then answered with the container's 403 page
            // (seen 1 December 2026; ./run and the README's production command reuse their root)
            command.add(work.resolve(log.getFileName().toString().replace(".log", "-root")).toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            MicroProcess micro = new MicroProcess(process, port, log);
            micro.awaitReady();
            return micro;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's address, {@code http://127.0.0.1:<port>/governance/}. */
    URI application() {
        return URI.create("http://127.0.0.1:" + port + "/governance/");
    }

    /** {@code /health/ready} of the server. */
    URI readiness() {
        return URI.create("http://127.0.0.1:" + port + "/health/ready");
    }

    /** SIGKILL: the JVM ends at once, in the middle of whatever it was doing (Process.destroyForcibly on Linux). */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines the server wrote, for a failure's message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant limit = Instant.now().plus(STARTUP_LIMIT);
        URI decisions = application().resolve("api/v1/decisions");
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended at start-up (exit " + process.exitValue() + "):\n" + logTail());
            }
            if (status(client, decisions) == 200 && status(client, readiness()) == 200) {
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
        throw new IllegalStateException("Payara Micro not ready within " + STARTUP_LIMIT + ":\n" + logTail());
    }

    private static int status(HttpClient client, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String required(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(property + ": no file " + path + " (run through Maven: ./mvnw verify)");
        }
        return path.toString();
    }

    private static Path nextLog(Path work, String name) {
        for (int n = 1; ; n++) {
            Path candidate = work.resolve(name + "-" + n + ".log");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    /** A TCP port nobody listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
