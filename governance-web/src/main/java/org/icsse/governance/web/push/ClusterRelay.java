package org.icsse.governance.web.push;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;

/**
 * Carries the meeting changes committed on this server to the pages open on the other servers of its cluster, and
 * theirs to the pages open here: a topic of Payara's data grid (the Hazelcast instance Payara binds in JNDI as
 * {@value #DATA_GRID}). Each server tells its own pages itself ({@link MeetingPush}) and publishes the change; the
 * others, on receiving it, tell theirs. Messages carry only which meeting changed and which part (and, for a ballot,
 * which ballot: each server reads the figures it sends its consoles itself), as {@code MEETING:7} or
 * {@code BALLOTS:7:12}.
 * <p>
 * A server started without the data grid ({@code --nohazelcast}: {@code ./run}, the tests, the benchmarks) finds
 * nothing in JNDI and relays nothing: its pages are all the pages there are.
 */
@ApplicationScoped
public class ClusterRelay {

    /** Where Payara binds its data grid's Hazelcast instance. */
    static final String DATA_GRID = "payara/Hazelcast";
    /** The topic of the cluster's meeting changes. */
    static final String TOPIC = "icsse-governance.meeting-changes";

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());

    /** The part of a meeting that changed, as it travels between servers. */
    enum Part {
        /** The meeting itself ({@link MeetingPush#CHANNEL}). */
        MEETING,
        /** One of its ballots ({@link MeetingPush#BALLOT_CHANNEL}). */
        BALLOTS
    }

    @Inject
    MeetingPush push;

    @Resource(lookup = "java:comp/DefaultContextService")
    ContextService contexts;

    private ITopic<String> topic;
    private UUID subscription;

    /** Joins the topic when the application starts, if this server is in a data grid. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        HazelcastInstance grid = dataGrid();
        if (grid == null) {
            LOG.fine("No data grid: meeting changes are pushed to this server's pages only");
            return;
        }
        synchronized (this) {
            topic = grid.getTopic(TOPIC);
            // the data grid calls the listener on its own threads: the proxy gives them this application's context
            // (class loader, naming), in which Faces push and CDI work
            @SuppressWarnings("unchecked")
            MessageListener<String> listener = contexts.createContextualProxy(new Receiver(), MessageListener.class);
            subscription = topic.addMessageListener(listener);
        }
        LOG.info(() -> "Meeting changes are relayed to the other servers of the cluster (data grid topic " + TOPIC + ")");
    }

    /** Tells the other servers of the cluster that a meeting changed (nothing when this server is alone). */
    void publish(Part part, long meetingId) {
        send(encode(part, meetingId));
    }

    /** Tells the other servers of the cluster that a ballot of a meeting changed. */
    void publishBallot(long meetingId, long ballotId) {
        send(encode(Part.BALLOTS, meetingId) + ':' + ballotId);
    }

    private void send(String message) {
        ITopic<String> target;
        synchronized (this) {
            target = topic;
        }
        if (target == null) {
            return;
        }
        try {
            target.publish(message);
        } catch (RuntimeException e) {
            // the data grid is stopping with the server, or this member has lost the cluster: the pages of this
            // server were told all the same, and the others read the change at their next refresh
            LOG.log(Level.WARNING, "A meeting change could not be relayed to the cluster: {0}", e.toString());
        }
    }

    /** A change published by another server: told to this server's pages. */
    void received(String message) {
        String[] fields = message.split(":", -1);
        try {
            Part part = Part.valueOf(fields[0]);
            if (part == Part.MEETING && fields.length == 2) {
                push.sendMeetingChange(Long.parseLong(fields[1]));
                return;
            }
            if (part == Part.BALLOTS && fields.length == 3) {
                push.sendBallotChange(Long.parseLong(fields[1]), Long.parseLong(fields[2]));
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        LOG.warning(() -> "Ignored a meeting change of unknown form from the cluster: " + message);
    }

    static String encode(Part part, long meetingId) {
        return part.name() + ':' + meetingId;
    }

    /** The data grid of this server, or null when it runs without one. */
    private static HazelcastInstance dataGrid() {
        try {
            Object bound = new InitialContext().lookup(DATA_GRID);
            if (bound instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()) {
                return grid;
            }
        } catch (NamingException | RuntimeException absent) {
            // started with --nohazelcast (nothing bound), or the grid is not running
        }
        return null;
    }

    @PreDestroy
    synchronized void stop() {
        if (topic != null) {
            try {
                topic.removeMessageListener(subscription);
            } catch (RuntimeException stopping) {
                // the data grid stopped first: the listener went with it
            }
            topic = null;
        }
    }

    /** Receives the messages of the topic; those this server published itself were told to its pages already. */
    private final class Receiver implements MessageListener<String> {

        @Override
        public void onMessage(Message<String> message) {
            if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
                return;
            }
            received(message.getMessageObject());
        }
    }
}
