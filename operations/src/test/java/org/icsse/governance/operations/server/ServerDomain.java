package org.icsse.governance.operations.server;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A domain of the full Payara Server ({@code ops.payaraServer}, unpacked by the build), driven with {@code asadmin}
 * exactly as {@code docs/operations.md} ("The EAR on a full Payara Server") tells operators: {@code create-domain} with a port base of free ports (never
 * the default 4848 and 8080), {@code start-domain}, {@code create-system-properties} for the application's settings,
 * {@code deploy} of the EAR, {@code stop-domain}. The domain lives under the given folder; every command's output goes
 * to {@code asadmin.log} there, the server's own log stays in {@code domains/<name>/logs/server.log}.
 */
final class ServerDomain implements AutoCloseable {

    /** Offsets from the port base that {@code create-domain --portbase} uses (admin +48, HTTP +80, Hazelcast +49 and +59 …). */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);

    private final Path asadmin;
    private final Path domains;
    private final String name;
    private final int portBase;
    private final Path log;
    private boolean started;

    private ServerDomain(Path asadmin, Path domains, String name, int portBase, Path log) {
        this.asadmin = asadmin;
        this.domains = domains;
        this.name = name;
        this.portBase = portBase;
        this.log = log;
    }

    /** {@code asadmin create-domain}: a new domain with no admin password, on a port base whose ports are all free. */
    static ServerDomain create(Path payara, Path work, String name) throws IOException {
        Path domains = work.resolve("domains");
        ServerProcess.deleteTree(domains.resolve(name));
        Files.createDirectories(domains);
        Files.deleteIfExists(work.resolve("asadmin.log"));
        ServerDomain domain = new ServerDomain(payara.resolve("bin/asadmin"), domains, name, freePortBase(), work.resolve("asadmin.log"));
        domain.asadmin(false, "--interactive=false", "create-domain", "--nopassword=true", "--portbase",
                String.valueOf(domain.portBase), "--domaindir", domains.toString(), name);
        return domain;
    }

    /** {@code asadmin start-domain}: returns once the administration port answers. */
    void start() {
        started = true;
        asadmin(false, "start-domain", "--domaindir", domains.toString(), name);
    }

    /**
     * {@code asadmin create-system-properties}: the application's settings as Java system properties of the server,
     * which take effect at once (no restart), as the application reads them ({@code governance.db.url} …).
     */
    void setSystemProperties(Map<String, String> properties) {
        String joined = properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + escape(e.getValue()))
                .collect(Collectors.joining(":"));
        asadmin(true, "create-system-properties", joined);
    }

    /** {@code asadmin deploy} of the archive under the application name given. */
    void deploy(Path archive, String applicationName) {
        asadmin(true, "deploy", "--name", applicationName, archive.toString());
    }

    /** The HTTP listener's address of a path ({@code /governance/}, {@code /health/ready}). */
    URI http(String path) {
        return URI.create("http://127.0.0.1:" + (portBase + 80) + path);
    }

    int adminPort() {
        return portBase + 48;
    }

    /** The last lines of the server's log, for a failure's message. */
    String logTail() {
        Path serverLog = domains.resolve(name).resolve("logs/server.log");
        try {
            List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
            return serverLog + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
    }

    /** {@code asadmin stop-domain}; if that fails, the server's process is killed (its pid file). */
    @Override
    public void close() throws IOException {
        if (!started) {
            return;
        }
        started = false;
        ServerProcess.Result stopped = ServerProcess.attempt(command(false, "stop-domain", "--domaindir", domains.toString(), name),
                environment(), COMMAND_LIMIT, log);
        if (stopped.exit() != 0) {
            Path pidFile = domains.resolve(name).resolve("config/pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                Optional<ProcessHandle> server = ProcessHandle.of(pid);
                server.ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private String asadmin(boolean remote, String... arguments) {
        try {
            return ServerProcess.run(command(remote, arguments), environment(), COMMAND_LIMIT, log);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + logTail(), e);
        }
    }

    private List<String> command(boolean remote, String... arguments) {
        // through bash: the unpacked script may have lost its execute bit
        List<String> command = new ArrayList<>(List.of("bash", asadmin.toString()));
        if (remote) {
            command.addAll(List.of("--host", "127.0.0.1", "--port", String.valueOf(adminPort())));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    /** asadmin and the server it starts run on the tests' own Java 17. */
    private static Map<String, String> environment() {
        return Map.of("AS_JAVA", System.getProperty("java.home"));
    }

    /** asadmin separates properties with ':' : a colon inside a value (a JDBC URL) is escaped with a backslash. */
    static String escape(String value) {
        return value.replace(":", "\\:");
    }

    private static int freePortBase() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            boolean free = true;
            for (int offset : PORT_OFFSETS) {
                free &= ServerProcess.portFree(base + offset);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no port base between 20000 and 60000 with all its ports free");
    }
}
