package org.icsse.governance.web.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the server under test and PostgreSQL, so that the test can take "the database" away from
 * that server alone without stopping the PostgreSQL that other builds share: {@link #cut()} closes every
 * connection and stops listening (a new connection is refused, as by a stopped server), {@link #restore()} listens
 * again on the same port. Plain blocking sockets, two threads per connection: a test's few dozen connections.
 */
final class DatabaseProxy implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private DatabaseProxy(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    /** A proxy to {@code host:targetPort}, listening on a free port of the loopback interface. */
    static DatabaseProxy to(String host, int targetPort) {
        DatabaseProxy proxy = new DatabaseProxy(MicroProcess.freePort(), new InetSocketAddress(host, targetPort));
        proxy.restore();
        return proxy;
    }

    int port() {
        return port;
    }

    /** The database goes away: every connection through the proxy is closed, and new ones are refused. */
    synchronized void cut() {
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** The database is back: the proxy accepts connections again, on the same port. */
    synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
            Thread accepting = new Thread(() -> accept(server), "db-proxy-accept");
            accepting.setDaemon(true);
            accepting.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 5000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            open.add(client);
            open.add(upstream);
            if (listener != server) {
                // cut while this one was being connected: it goes too
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            pump(client, upstream);
            pump(upstream, client);
        }
    }

    /** Copies one direction until either side closes; then closes both. */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away: the other goes with it
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "db-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        cut();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all that is wanted
        }
    }
}
