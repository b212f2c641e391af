package org.icsse.governance.bench;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.HdrHistogram.Histogram;

/**
 * Benchmark 3: the chair's console observed while benchmark 1 casts its votes in a sitting. The chair signs in on
 * the login page, loads {@code meetings/console.xhtml} of the meeting, and listens to the Faces websocket the page
 * renders for the channel {@code meetingBallots}, and does what the page does with each message
 * ({@code governanceLive.ballot} in {@code js/governance.js}):
 * <ul>
 * <li>a message with the open ballot's figures (since 1 December 2026, {@code MeetingPush}) about the ballot shown,
 * with the same layout (quorum mark, totals), is shown as it arrives, unless it was read before the figures shown;
 * the votes it shows are those acknowledged before the server read it (its {@code at}, in microseconds on the
 * machine's clock, which the server and this JVM share; a vote acknowledged in the same microsecond is not counted
 * as shown);</li>
 * <li>any other message replays the {@code refreshBallots} remote command (an ajax POST with the view state and
 * PrimeFaces' CSP nonce, redrawing {@code console:ballotPanel}) when no refresh is under way, and the messages
 * that come during a refresh make one more refresh after it; a refresh shows the votes acknowledged before it
 * started, and at its end the last figures received are shown again if read after it.</li>
 * </ul>
 * The delay of a vote is from its acknowledgement at the voting client to the instant the console shows it. (Before,
 * every message was a redraw: until 1 December 2026 one per message, then one at a time.)
 */
final class LiveObserver implements AutoCloseable {

    private static final Pattern SOCKET = Pattern.compile("[\"']((?:wss?://[^\"']*)?/[^\"']*jakarta\\.faces\\.push/meetingBallots\\?[^\"']+)[\"']");
    private static final Pattern REMOTE = Pattern.compile("refreshBallots\\s*=\\s*function.{0,400}?s:\\s*[\"']([^\"']+)[\"']",
            Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern PARTIAL_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final HttpClient browser;
    private final String consoleUrl;
    private final String source;
    private final String nonce;
    private final long pauseMillis;
    private volatile String viewState;
    private final WebSocket socket;
    private final Thread refresher;
    private final Object lock = new Object();
    /** Messages received since the last refresh started. */
    private int pending;
    private boolean closed;
    /** Votes acknowledged and not yet shown: their acknowledgement instants, {@link System#nanoTime()} and epoch µs. */
    private final List<long[]> waiting = new ArrayList<>();
    /** The live ballot as the console shows it now: which, read when (server's epoch µs), its layout. */
    private long shownBallot;
    private long shownAt;
    private boolean totalsShown;
    /** The figures of the last message, shown again after a refresh if read after it. */
    private JsonObject lastFigures;
    private final AtomicLong shownFromMessages = new AtomicLong();
    /** Why messages asked for a redraw rather than being shown: reason → messages. */
    private final Map<String, Long> redrawReasons = new java.util.TreeMap<>();
    private final Histogram delays = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicLong failedRefreshes = new AtomicLong();
    private final Histogram refreshTimes = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);

    /** What the observer saw. */
    record Outcome(Histogram delays, long acknowledged, long observed, long messages, long shownFromMessages,
            Map<String, Long> redrawReasons, long refreshes, long failedRefreshes, Histogram refreshTimes, long behind,
            Map<String, Long> lastShown, long shownByTheLastFigures) {

        double millis(Histogram histogram, double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private long acknowledged;
    /** Every acknowledgement: its instant, and whether it changed a vote already cast (to AGAINST). */
    private final List<long[]> acknowledgements = new ArrayList<>();
    private final java.util.Set<Long> voted = new java.util.HashSet<>();
    /** Refreshes that showed fewer votes (or fewer changes) than were acknowledged before they started. */
    private final AtomicLong behind = new AtomicLong();
    /** The counts the last refresh showed, by choice. */
    private volatile Map<String, Long> lastShown = Map.of();
    /** When the figures of {@link #lastShown} were shown ({@link System#nanoTime()}). */
    private long lastShownAt;
    /** Votes counted as shown at the end because the last figures shown hold every acknowledged vote (see finish). */
    private long shownByTheLastFigures;
    private static final Pattern LIVE_BALLOT = Pattern.compile("data-live-ballot=\"(\\d+)\"");
    private static final Pattern READ_AT = Pattern.compile("data-read-at=\"(\\d+)\"");
    private static final Pattern SHOWN = Pattern.compile("id=\"console:live(For|Against|Abstain)Networks\"[^>]*>([^<]*)<");

    /**
     * Signs the chair in, opens the console of the meeting and its websocket.
     *
     * @param pauseMillis a wait before each refresh (0 in the benchmark; to check that a slow console is caught)
     */
    LiveObserver(Micro app, String username, String password, String meetingId, long pauseMillis) throws Exception {
        this.pauseMillis = pauseMillis;
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String base = app.url("/governance");
        ArchiveBench.signIn(browser, base, username, password);
        consoleUrl = base + "/meetings/console.xhtml?id=" + meetingId;
        String page = ArchiveBench.get(browser, consoleUrl);
        viewState = ArchiveBench.viewState(page);
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
        String address = url.group(1).replace("\\/", "/").replace("&amp;", "&");
        URI uri = address.startsWith("ws") ? URI.create(address)
                : URI.create(app.url(address).replaceFirst("^http", "ws"));
        if (!page.contains("console:liveBallot")) {
            throw new IllegalStateException("the console shows no open ballot");
        }
        layout(page);
        refresher = new Thread(this::refreshLoop, "console-observer");
        refresher.setDaemon(true);
        refresher.start();
        socket = browser.newWebSocketBuilder().header("Origin", base.replaceFirst("/governance$", ""))
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener()).get(30, TimeUnit.SECONDS);
        System.out.println("   the chair's console observes " + uri.getPath() + " (remote command " + source + ")");
    }

    /** A vote for the network acknowledged to its client at {@code nanoTime} (its second one changes it to AGAINST). */
    void acknowledged(long network, long nanoTime) {
        long epochMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        synchronized (lock) {
            waiting.add(new long[] {nanoTime, epochMicros});
            acknowledged++;
            acknowledgements.add(new long[] {nanoTime, voted.add(network) ? 0 : 1, epochMicros});
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                long arrived = System.nanoTime();
                String message = text.toString();
                text.setLength(0);
                messages.incrementAndGet();
                // Faces wraps what the server sends: {"data": message}
                JsonValue value = Json.createReader(new StringReader(message)).readValue();
                if (value instanceof JsonObject envelope && envelope.containsKey("data")) {
                    value = envelope.get("data");
                }
                synchronized (lock) {
                    if (value instanceof JsonObject figures) {
                        lastFigures = figures;
                        if (show(figures, arrived)) {
                            webSocket.request(1);
                            return null;
                        }
                    } else {
                        redrawReasons.merge("no figures", 1L, Long::sum);
                    }
                    pending++;
                    lock.notifyAll();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            System.err.println("console websocket failed: " + error);
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
                if (closed && pending == 0) {
                    return;
                }
                // one refresh for every message so far, as governanceLive does
                pending = 0;
            }
            try {
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
                long started = System.nanoTime();
                String shown = refresh();
                boolean ok = shown != null;
                long ended = System.nanoTime();
                refreshes.incrementAndGet();
                refreshTimes.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(ended - started)));
                if (!ok) {
                    failedRefreshes.incrementAndGet();
                    continue;
                }
                synchronized (lock) {
                    check(shown, started);
                    lastShownAt = ended;
                    for (Iterator<long[]> it = waiting.iterator(); it.hasNext(); ) {
                        long[] ack = it.next();
                        if (ack[0] < started) {
                            delays.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(ended - ack[0])));
                            it.remove();
                        }
                    }
                    layout(shown);
                    if (lastFigures != null) {
                        show(lastFigures, ended);
                    }
                    lock.notifyAll();
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failedRefreshes.incrementAndGet();
                System.err.println("console refresh failed: " + e);
            }
        }
    }

    /** The live ballot's layout in markup the server rendered (the page, or a refresh's answer). */
    private void layout(String markup) {
        Matcher ballot = LIVE_BALLOT.matcher(markup);
        Matcher readAt = READ_AT.matcher(markup);
        if (ballot.find() && readAt.find()) {
            shownBallot = Long.parseLong(ballot.group(1));
            shownAt = Long.parseLong(readAt.group(1));
        }
        totalsShown = markup.contains("console:liveTotals");
    }

    /**
     * What {@code governanceLive.ballot} does with a message's figures: shown (and the votes acknowledged before they
     * were read counted as shown at {@code arrived}) if they are about the ballot shown, in its layout; true if they
     * needed no redraw (shown, or older than what is shown).
     */
    private boolean show(JsonObject figures, long arrived) {
        if (figures.getJsonNumber("ballot").longValue() != shownBallot) {
            redrawReasons.merge("another ballot", 1L, Long::sum);
            return false;
        }
        long at = figures.getJsonNumber("at").longValue();
        if (at < shownAt) {
            return true;
        }
        boolean totals = figures.containsKey("totals") && figures.get("totals").getValueType() == JsonValue.ValueType.ARRAY;
        if (totals != totalsShown) {
            // the quorum mark is shown or hidden in place (governance.js); only the totals' table needs a redraw
            redrawReasons.merge("totals", 1L, Long::sum);
            return false;
        }
        shownAt = at;
        shownFromMessages.incrementAndGet();
        long casts = 0;
        for (Iterator<long[]> it = waiting.iterator(); it.hasNext(); ) {
            long[] ack = it.next();
            if (ack[1] < at) {
                delays.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(arrived - ack[0])));
                it.remove();
            }
        }
        for (long[] ack : acknowledgements) {
            if (ack[2] < at && ack[1] == 0) {
                casts++;
            }
        }
        long networks = figures.getJsonNumber("networks").longValue();
        if (networks < casts && behind.incrementAndGet() <= 3) {
            System.err.println("a console message showed " + networks + " networks voting after " + casts
                    + " casts were acknowledged before it was read");
        }
        if (totals) {
            JsonArray counts = figures.getJsonArray("totals");
            lastShown = Map.of("For", counts.getJsonNumber(0).longValue(), "Against", counts.getJsonNumber(2).longValue(),
                    "Abstain", counts.getJsonNumber(4).longValue());
            lastShownAt = arrived;
        }
        lock.notifyAll();
        return true;
    }

    /**
     * Checks that the refresh shows at least the votes acknowledged before it started: as many networks voting,
     * and as many against as changes (the first votes are FOR or ABSTAIN, the changes AGAINST).
     */
    private void check(String body, long started) {
        long casts = 0;
        long changes = 0;
        for (long[] ack : acknowledgements) {
            if (ack[0] < started) {
                if (ack[1] == 0) {
                    casts++;
                } else {
                    changes++;
                }
            }
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        Matcher matcher = SHOWN.matcher(body);
        while (matcher.find()) {
            counts.put(matcher.group(1), Long.parseLong("0" + matcher.group(2).replaceAll("[^0-9]", "")));
        }
        lastShown = counts;
        long networks = counts.values().stream().mapToLong(Long::longValue).sum();
        if (counts.size() != 3 || networks < casts || counts.get("Against") < changes) {
            if (behind.incrementAndGet() <= 3) {
                System.err.println("the console showed " + counts + " after " + casts + " casts and " + changes
                        + " changes were acknowledged");
            }
        }
    }

    /** The page's {@code refreshBallots()}: PrimeFaces' ajax request of the remote command; the answer, or null. */
    private String refresh() throws Exception {
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
        HttpResponse<String> response = ArchiveBench.post(browser, consoleUrl, form, true);
        String body = response.body();
        Matcher state = PARTIAL_STATE.matcher(body);
        if (state.find()) {
            viewState = state.group(1);
        }
        boolean ok = response.statusCode() == 200 && body.contains("console:ballotPanel")
                && body.contains("console:liveBallot") && !body.contains("<error>");
        if (!ok && failedRefreshes.get() < 3) {
            System.err.println("console refresh answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(500, body.length())));
        }
        return ok ? body : null;
    }

    /** Waits until every acknowledged vote has been shown (or the time is up), then stops; what it saw. */
    Outcome finish(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!waiting.isEmpty() && !settledByTheLastFigures() && System.nanoTime() < deadline) {
                lock.wait(200);
            }
        }
        close();
        synchronized (lock) {
            return new Outcome(delays, acknowledged, delays.getTotalCount(), messages.get(), shownFromMessages.get(),
                    Map.copyOf(redrawReasons), refreshes.get(),
                    failedRefreshes.get(), refreshTimes, behind.get(), lastShown, shownByTheLastFigures);
        }
    }

    /**
     * Called once every vote has been acknowledged (no request in flight): a vote acknowledged after the read of the
     * last figures shown may still be in them, and no message comes after the last one. If those figures count every
     * acknowledged vote (as many networks as casts, as many against as changes — the first votes are FOR or ABSTAIN,
     * the changes AGAINST), every vote is in them, so the votes still waiting were shown when those figures were
     * (a delay of at least 1 µs, where the figures came before the acknowledgement).
     */
    private boolean settledByTheLastFigures() {
        long casts = acknowledgements.stream().filter(ack -> ack[1] == 0).count();
        long changes = acknowledgements.size() - casts;
        Map<String, Long> shown = lastShown;
        long networks = shown.values().stream().mapToLong(Long::longValue).sum();
        if (shown.size() != 3 || networks != casts || shown.get("Against") != changes) {
            return false;
        }
        for (long[] ack : waiting) {
            delays.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(lastShownAt - ack[0])));
            shownByTheLastFigures++;
        }
        waiting.clear();
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            closed = true;
            pending = 0;
            lock.notifyAll();
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        refresher.join(TimeUnit.SECONDS.toMillis(30));
    }
}
