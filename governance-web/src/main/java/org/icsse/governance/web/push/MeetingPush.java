package org.icsse.governance.web.push;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.icsse.governance.application.ballot.BallotChanged;
import org.icsse.governance.application.ballot.LiveBallotFigures;
import org.icsse.governance.application.ballot.LiveFigures;
import org.icsse.governance.application.meeting.MeetingChanged;

/**
 * Once a change to a meeting has committed, tells the pages open on that meeting (and only those: each page's
 * socket is registered under its meeting's id as the "user" of the channel) to refresh — and which part.
 * <ul>
 * <li>A change of the meeting itself (attendance, proxies, agenda, sitting) goes to {@link #CHANNEL}: the meeting
 * page and the console read the meeting again.</li>
 * <li>A change of one of its ballots (opened, a vote, closed) goes to {@link #BALLOT_CHANNEL}: the console reads
 * the open ballot again and redraws its ballots part. A vote is only that (the ballot service announces no
 * meeting change for it), so a vote never makes every page of the meeting read the whole meeting again;
 * opening and closing a ballot also change the meeting (motion statuses, proxies fixed) and go to both.</li>
 * </ul>
 * What a transaction changed is gathered while it runs and sent once, after it commits; nothing is sent for a
 * transaction rolled back. A meeting's message carries no data: each page reads what its reader may see.
 * <p>
 * A ballot message carries the live figures of the ballot that changed ({@link LiveBallotFigures}: participation,
 * quorum, and the totals of a named ballot), read once after the votes committed, the same for every console (a page
 * of the chair and the secretariat, who may all see them): the console shows them as they come, without asking the
 * server for its ballot again, and redraws its ballots part only when the ballot is no longer open or its layout
 * changes (js/governance.js). Where the ballot is closed or gone, the message is the bare {@link #BALLOT}.
 * <p>
 * Ballot messages leave the committing thread (a voter's request does not wait for the sockets) and are sent one at
 * a time per meeting: the votes that commit while a meeting's message is being sent make one more message after it,
 * not one each (64 voters casting at once would otherwise send a message per vote, which the console folds anyway).
 * That last message is sent after their commits, so a page reading on it sees every one of them.
 * <p>
 * In a cluster, each change is also handed to {@link ClusterRelay}, which tells the other servers; they send it to
 * the pages open on them ({@link #sendMeetingChange}, {@link #sendBallotChange}) as if it had happened there — a
 * ballot message with the figures that server reads itself.
 */
@ApplicationScoped
public class MeetingPush {

    /** The channel of the pages showing a meeting live: the meeting page and the chair console. */
    public static final String CHANNEL = "meetingConsole";
    /** The channel of the parts showing a meeting's ballots live: the chair console's ballots. */
    public static final String BALLOT_CHANNEL = "meetingBallots";
    /** The message the pages' {@code f:ajax event} listens for. */
    public static final String CHANGED = "changed";
    /** The message of a ballot change. */
    public static final String BALLOT = "ballot";

    private static final Logger LOG = Logger.getLogger(MeetingPush.class.getName());
    /** The key of a transaction's gathered changes among its resources. */
    private static final Object KEY = MeetingPush.class.getName() + ".changes";

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    @Inject
    @Push(channel = BALLOT_CHANNEL)
    PushContext ballotParts;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor sender;

    @Inject
    LiveBallotFigures figures;

    @Inject
    ClusterRelay relay;

    /** Meetings whose ballot message is being sent → whether another was asked for meanwhile. */
    private final ConcurrentMap<Long, Boolean> ballotSends = new ConcurrentHashMap<>();
    /** The ballot of each meeting that changed last: its figures go in the meeting's next ballot message. */
    private final ConcurrentMap<Long, Long> changedBallots = new ConcurrentHashMap<>();

    void onChange(@Observes MeetingChanged change) {
        Changes changes = changes();
        if (changes == null) {
            meetingChanged(change.meetingId());
        } else {
            changes.meetings.add(change.meetingId());
        }
    }

    void onBallotChange(@Observes BallotChanged change) {
        if (change.meetingId() == null) {
            return;
        }
        Changes changes = changes();
        if (changes == null) {
            ballotsChanged(change.meetingId(), change.ballotId());
        } else {
            changes.ballotsOf.put(change.meetingId(), change.ballotId());
        }
    }

    /** The changes gathered in the running transaction; {@code null} without one (then each is sent at once). */
    private Changes changes() {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            return null;
        }
        if (status != Status.STATUS_ACTIVE) {
            // a transaction already bound to roll back: nothing of it will be sent
            return new Changes();
        }
        Changes changes = (Changes) transactions.getResource(KEY);
        if (changes == null) {
            changes = new Changes();
            transactions.putResource(KEY, changes);
            transactions.registerInterposedSynchronization(changes);
        }
        return changes;
    }

    /** A committed change of the meeting: told to this server's pages and to the other servers of the cluster. */
    private void meetingChanged(long meeting) {
        sendMeetingChange(meeting);
        relay.publish(ClusterRelay.Part.MEETING, meeting);
    }

    /** A committed change of one of the meeting's ballots: told here and to the other servers of the cluster. */
    private void ballotsChanged(long meeting, long ballot) {
        sendBallotChange(meeting, ballot);
        relay.publishBallot(meeting, ballot);
    }

    /** Tells the pages open on this server that the meeting changed. */
    void sendMeetingChange(long meeting) {
        pages.send(CHANGED, Long.valueOf(meeting));
    }

    /** Sends a meeting's ballot message in the background, or asks for one more if one is being sent. */
    void sendBallotChange(long meeting, long ballot) {
        changedBallots.put(meeting, ballot);
        boolean[] start = new boolean[1];
        ballotSends.compute(meeting, (key, again) -> {
            if (again == null) {
                start[0] = true;
                return Boolean.FALSE;
            }
            return Boolean.TRUE;
        });
        if (!start[0]) {
            return;
        }
        try {
            sender.execute(() -> sendBallotMessages(meeting));
        } catch (RejectedExecutionException e) {
            // the server is stopping: send from here
            sendBallotMessages(meeting);
        }
    }

    private void sendBallotMessages(long meeting) {
        boolean again = true;
        while (again) {
            try {
                ballotParts.send(ballotMessage(meeting), meeting);
            } finally {
                // one more if asked for meanwhile, otherwise done (and the next change starts a new send)
                again = ballotSends.compute(meeting, (key, asked) -> Boolean.TRUE.equals(asked) ? Boolean.FALSE : null) != null;
            }
        }
    }

    /** The message for a meeting's ballots part: the figures of its ballot read now, or the bare word if it is not open. */
    private Object ballotMessage(long meeting) {
        Long ballot = changedBallots.get(meeting);
        Optional<LiveFigures> live;
        try {
            live = ballot == null ? Optional.empty() : figures.of(ballot);
        } catch (RuntimeException unreadable) {
            // the database is away or the server stopping: the bare word, and each console reads for itself
            LOG.log(Level.WARNING, "live figures of ballot " + ballot + " not read", unreadable);
            live = Optional.empty();
        }
        if (live.isEmpty()) {
            return BALLOT;
        }
        LiveFigures shown = live.get();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("ballot", shown.ballotId());
        message.put("networks", shown.participation().networks());
        message.put("weight", shown.participation().weight());
        message.put("quorum", shown.quorumReached());
        if (shown.totals() != null) {
            // in the order of the console's table: for, against, abstaining; networks then weight
            message.put("totals", List.of(shown.totals().inFavour().networks(), shown.totals().inFavour().weight(),
                    shown.totals().against().networks(), shown.totals().against().weight(),
                    shown.totals().abstain().networks(), shown.totals().abstain().weight()));
        }
        message.put("at", ChronoUnit.MICROS.between(Instant.EPOCH, shown.readAt()));
        return message;
    }

    /** What one transaction changed, by meeting; sent once it has committed. */
    private final class Changes implements Synchronization {

        final Set<Long> meetings = new LinkedHashSet<>();
        /** Meeting → the ballot of it that changed last. */
        final Map<Long, Long> ballotsOf = new LinkedHashMap<>();

        @Override
        public void beforeCompletion() {
            // nothing to prepare: the messages go after the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            ballotsOf.forEach(MeetingPush.this::ballotsChanged);
            for (Long meeting : meetings) {
                meetingChanged(meeting);
            }
        }
    }
}
