package org.icsse.governance.operations.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools the operators run (asadmin, pg_dump, tar), each with a time limit and a log. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** Runs the command to its end and fails, with the end of its output, unless it exits 0. */
    static String run(List<String> command, Duration limit, Path log) {
        return run(command, Map.of(), limit, log);
    }

    /** As {@link #run(List, Duration, Path)}, with environment variables added to the test's own. */
    static String run(List<String> command, Map<String, String> environment, Duration limit, Path log) {
        Result result = attempt(command, environment, limit, log);
        if (result.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + result.exit() + ":\n" + result.output());
        }
        return result.output();
    }

    /** The exit value and output of a command that ended. */
    record Result(int exit, String output) {
    }

    /** Runs the command to its end; its output is appended to the log (with the command line) and returned. */
    static Result attempt(List<String> command, Map<String, String> environment, Duration limit, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Path output = Files.createTempFile(log.getParent(), "command", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    throw new IllegalStateException(String.join(" ", command) + " did not end within " + limit + ":\n"
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                Files.writeString(log, "$ " + String.join(" ", command) + "\n" + text + "(exit " + process.exitValue() + ")\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return new Result(process.exitValue(), text);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether nobody listens on the TCP port now (on any address). */
    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
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

    /** The file a system property names, which the build must have made. */
    static Path requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " not set (run through operations/run)");
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + ": nothing at " + path + " (run through operations/run)");
        }
        return path;
    }

    /** The module's target folder ({@code ops.target}), where every test keeps its work. */
    static Path target() {
        return Path.of(System.getProperty("ops.target", "target")).toAbsolutePath().normalize();
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
