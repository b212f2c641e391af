package org.icsse.governance.operations.cluster;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chair's console of a meeting, as a browser shows it: the page {@code meetings/console.xhtml}, its Faces
 * websocket on the channel {@code meetingBallots}, and — as the page's script does on each message — the
 * {@code refreshBallots} remote command, an ajax request that redraws the live ballot. Records what the last
 * refresh showed: how many networks have voted.
 */
final class ClusterConsole implements AutoCloseable {

    private static final Pattern SOCKET = Pattern.compile("[\"']((?:wss?://[^\"']*)?/[^\"']*jakarta\\.faces\\.push/meetingBallots\\?[^\"']+)[\"']");
    private static final Pattern REMOTE = Pattern.compile("refreshBallots\\s*=\\s*function.{0,400}?s:\\s*[\"']([^\"']+)[\"']",
            Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern PARTIAL_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern SHOWN = Pattern.compile("id=\"console:live(?:For|Against|Abstain)Networks\"[^>]*>([^<]*)<");

    private final ClusterClient browser;
    private final String path;
    private final String source;
    private final String nonce;
    private final String socketAddress;
    private volatile String viewState;
    private WebSocket socket;
    private Thread refresher;
    private final Object lock = new Object();
    private int pending;
    private boolean closed;
    /** The networks shown by the last refresh that succeeded, and when it ended ({@link System#nanoTime()}). */
    private long shown = -1;
    private long shownAt;
    private final AtomicInteger messages = new AtomicInteger();

    /** Opens the console page of the meeting (the browser is signed in as a chair). */
    ClusterConsole(ClusterClient browser, String meetingId) throws Exception {
        this.browser = browser;
        this.path = "/meetings/console.xhtml?id=" + meetingId;
        HttpResponse<String> response = browser.page(path);
        String page = response.body();
        if (response.statusCode() != 200 || !page.contains("console:liveBallot")) {
            throw new IllegalStateException("the console shows no open ballot: " + response.statusCode() + " at " + response.uri());
        }
        viewState = ClusterClient.viewState(page);
        Matcher remote = REMOTE.matcher(page);
        if (!remote.find()) {
            throw new IllegalStateException("no refreshBallots remote command on the console");
        }
        source = remote.group(1);
        Matcher nonceMatcher = NONCE.matcher(page);
        nonce = nonceMatcher.find() ? nonceMatcher.group(1) : null;
        Matcher url = SOCKET.matcher(page);
        if (!url.find()) {
            throw new IllegalStateException("no meetingBallots websocket on the console");
        }
        socketAddress = url.group(1).replace("\\/", "/").replace("&amp;", "&");
    }

    /** Opens the page's websocket and starts refreshing on its messages, as the page's script does. */
    ClusterConsole listen() throws Exception {
        URI base = URI.create(browser.base());
        String origin = base.getScheme() + "://" + base.getAuthority();
        URI uri = socketAddress.startsWith("ws") ? URI.create(socketAddress)
                : URI.create(origin.replaceFirst("^http", "ws") + socketAddress);
        refresher = new Thread(this::refreshLoop, "console-" + base.getPort());
        refresher.setDaemon(true);
        refresher.start();
        socket = browser.http().newWebSocketBuilder().header("Origin", origin).connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).get(30, TimeUnit.SECONDS);
        return this;
    }

    int messages() {
        return messages.get();
    }

    /**
     * Waits until a refresh shows at least {@code networks} networks voting.
     *
     * @return the {@link System#nanoTime()} at which that refresh ended, or -1 if none did in time
     */
    long awaitShown(long networks, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (shown < networks) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return -1;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return shownAt;
        }
    }

    long shown() {
        synchronized (lock) {
            return shown;
        }
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last) {
                messages.incrementAndGet();
                synchronized (lock) {
                    pending++;
                    lock.notifyAll();
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private void refreshLoop() {
        while (true) {
            synchronized (lock) {
                while (pending == 0 && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                // one refresh for all the messages so far, as the page's script does
                pending = 0;
            }
            try {
                long networks = refresh();
                synchronized (lock) {
                    if (networks >= 0) {
                        shown = networks;
                        shownAt = System.nanoTime();
                    }
                    lock.notifyAll();
                }
            } catch (Exception e) {
                System.err.println("console refresh failed: " + e);
            }
        }
    }

    /**
     * The page's {@code refreshBallots()}: PrimeFaces' ajax request of the remote command, with the view state.
     *
     * @return the networks the redrawn live ballot shows as having voted, or -1 if the answer was no redraw
     */
    long refresh() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", source);
        form.put("jakarta.faces.partial.render", "console:ballotPanel");
        form.put(source, source);
        form.put("live", "live");
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        HttpResponse<String> response = browser.post(path, form, true);
        String body = response.body();
        Matcher state = PARTIAL_STATE.matcher(body);
        if (state.find()) {
            viewState = state.group(1);
        }
        if (response.statusCode() != 200 || !body.contains("console:liveBallot") || body.contains("<error>")) {
            return -1;
        }
        long networks = 0;
        Matcher counts = SHOWN.matcher(body);
        int found = 0;
        while (counts.find()) {
            networks += Long.parseLong("0" + counts.group(1).replaceAll("[^0-9]", ""));
            found++;
        }
        return found == 3 ? networks : -1;
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (socket != null) {
            socket.abort();
        }
        if (refresher != null) {
            refresher.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
