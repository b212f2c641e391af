package org.icsse.governance.web.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

import jakarta.faces.push.PushContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.icsse.governance.application.ballot.BallotChanged;
import org.icsse.governance.application.ballot.LiveBallotFigures;
import org.icsse.governance.application.ballot.LiveFigures;
import org.icsse.governance.application.meeting.MeetingChanged;
import org.icsse.governance.domain.ballot.Count;
import org.icsse.governance.domain.ballot.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the pages of a meeting are told, and when: once per transaction, after it commits, and a vote only to the ballots part. */
class MeetingPushTest {

    private final Channel pages = new Channel();
    private final Channel ballotParts = new Channel();
    private final Transactions transactions = new Transactions();
    private final MeetingPush push = new MeetingPush();
    /** Ballot id → its figures as the database would give them now (absent: closed or unknown). */
    private final Map<Long, LiveFigures> open = new HashMap<>();
    private final List<Long> reads = new ArrayList<>();

    @BeforeEach
    void wire() {
        push.pages = pages;
        push.ballotParts = ballotParts;
        push.transactions = transactions;
        push.sender = Runnable::run;
        push.relay = new ClusterRelay();
        push.figures = new LiveBallotFigures() {
            @Override
            public Optional<LiveFigures> of(long ballotId) {
                reads.add(ballotId);
                if (ballotId == BROKEN) {
                    throw new IllegalStateException("database away");
                }
                return Optional.ofNullable(open.get(ballotId));
            }
        };
    }

    private static final long BROKEN = 99L;
    private static final Instant READ_AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aVotesMessageCarriesTheFiguresOfItsBallotReadOnceAfterTheCommit() {
        open.put(5L, new LiveFigures(5L, new Count(2, 4), true, new Tally(new Count(1, 3), new Count(1, 1), Count.ZERO), READ_AT));
        transactions.begin();
        push.onBallotChange(new BallotChanged(5L, 7L));
        assertThat(reads).as("nothing read before the commit").isEmpty();
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(reads).containsExactly(5L);
        assertThat(ballotParts.messages).hasSize(1);
        assertThat(ballotParts.messages.get(0)).isEqualTo(Map.of("ballot", 5L, "networks", 2L, "weight", 4L,
                "quorum", true, "totals", List.of(1L, 3L, 1L, 1L, 0L, 0L), "at", READ_AT.toEpochMilli() * 1000));
    }

    @Test
    void aChangeRelayedFromAnotherServerIsToldToThisServersPagesWithTheFiguresReadHere() {
        push.relay.push = push;
        open.put(5L, new LiveFigures(5L, new Count(3, 3), false, null, READ_AT));

        push.relay.received("BALLOTS:7:5");
        push.relay.received("MEETING:8");
        push.relay.received("BALLOTS:7");
        push.relay.received("VOTES:7:5");
        push.relay.received("MEETING:eight");

        assertThat(reads).containsExactly(5L);
        assertThat(ballotParts.messages).hasSize(1);
        assertThat(ballotParts.messages.get(0)).asInstanceOf(MAP).containsEntry("ballot", 5L).containsEntry("networks", 3L);
        assertThat(pages.sent).as("malformed messages ignored").containsExactly(MeetingPush.CHANGED + "@8");
    }

    @Test
    void aSecretBallotsMessageCarriesParticipationButNoTotals() {
        open.put(6L, new LiveFigures(6L, new Count(1, 3), false, null, READ_AT));
        push.onBallotChange(new BallotChanged(6L, 7L));

        assertThat(ballotParts.messages.get(0)).asInstanceOf(MAP)
                .containsEntry("networks", 1L).containsEntry("quorum", false).doesNotContainKey("totals");
    }

    @Test
    void aBallotNoLongerOpenOrUnreadableGetsTheBareWordAndEachConsoleReadsForItself() {
        push.onBallotChange(new BallotChanged(5L, 7L));
        push.onBallotChange(new BallotChanged(BROKEN, 8L));

        assertThat(ballotParts.sent).containsExactly(MeetingPush.BALLOT + "@7", MeetingPush.BALLOT + "@8");
    }

    @Test
    void theMessageThatFoldsVotesCarriesTheFiguresReadWhenItIsSent() {
        List<Runnable> background = new ArrayList<>();
        push.sender = background::add;
        open.put(5L, new LiveFigures(5L, new Count(1, 1), false, null, READ_AT));
        push.onBallotChange(new BallotChanged(5L, 7L));
        push.onBallotChange(new BallotChanged(5L, 7L));
        open.put(5L, new LiveFigures(5L, new Count(2, 2), false, null, READ_AT.plusMillis(5)));
        background.forEach(Runnable::run);

        assertThat(reads).as("one read per message sent, none per vote").containsExactly(5L, 5L);
        assertThat(ballotParts.messages).extracting(message -> (Object) ((Map<?, ?>) message).get("networks")).containsExactly(2L, 2L);
    }

    @Test
    void votesCommittedWhileAMeetingsMessageWaitsMakeOneMoreMessageNotOneEach() {
        List<Runnable> background = new ArrayList<>();
        push.sender = background::add;
        for (int vote = 0; vote < 5; vote++) {
            transactions.begin();
            push.onBallotChange(new BallotChanged(3L, 7L));
            transactions.end(Status.STATUS_COMMITTED);
        }
        transactions.begin();
        push.onBallotChange(new BallotChanged(4L, 8L));
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(ballotParts.sent).as("nothing sent on the voters' threads").isEmpty();
        assertThat(background).as("one send per meeting under way").hasSize(2);
        background.forEach(Runnable::run);

        assertThat(ballotParts.sent).as("the first vote's message, then one for the four votes after it")
                .containsExactly(MeetingPush.BALLOT + "@7", MeetingPush.BALLOT + "@7", MeetingPush.BALLOT + "@8");

        transactions.begin();
        push.onBallotChange(new BallotChanged(3L, 7L));
        transactions.end(Status.STATUS_COMMITTED);
        assertThat(background).as("the meeting's sends done, a new vote starts a new one").hasSize(3);
        background.get(2).run();
        assertThat(ballotParts.sent).hasSize(4).last().isEqualTo(MeetingPush.BALLOT + "@7");
    }

    @Test
    void aVoteTellsTheBallotsPartOnlyOnceCommittedAndNotTheMeetingPages() {
        transactions.begin();
        push.onBallotChange(new BallotChanged(3L, 7L));

        assertThat(ballotParts.sent).as("nothing before the commit").isEmpty();
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(ballotParts.sent).containsExactly(MeetingPush.BALLOT + "@7");
        assertThat(pages.sent).isEmpty();
    }

    @Test
    void aBallotOpeningOrClosingTellsBothTheBallotsPartAndTheMeetingPagesOnce() {
        transactions.begin();
        push.onBallotChange(new BallotChanged(3L, 7L));
        push.onChange(new MeetingChanged(7L));
        push.onChange(new MeetingChanged(7L));
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(ballotParts.sent).containsExactly(MeetingPush.BALLOT + "@7");
        assertThat(pages.sent).containsExactly(MeetingPush.CHANGED + "@7");
    }

    @Test
    void aCheckInTellsTheMeetingPagesOnce() {
        transactions.begin();
        push.onChange(new MeetingChanged(7L));
        push.onChange(new MeetingChanged(7L));
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(pages.sent).containsExactly(MeetingPush.CHANGED + "@7");
        assertThat(ballotParts.sent).isEmpty();
    }

    @Test
    void aRemoteBallotTellsNoMeeting() {
        transactions.begin();
        push.onBallotChange(new BallotChanged(3L, null));
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(ballotParts.sent).isEmpty();
        assertThat(pages.sent).isEmpty();
    }

    @Test
    void aTransactionRolledBackTellsNobody() {
        transactions.begin();
        push.onBallotChange(new BallotChanged(3L, 7L));
        push.onChange(new MeetingChanged(8L));
        transactions.end(Status.STATUS_ROLLEDBACK);

        assertThat(ballotParts.sent).isEmpty();
        assertThat(pages.sent).isEmpty();
    }

    @Test
    void withoutATransactionEachChangeIsToldAtOnce() {
        push.onChange(new MeetingChanged(7L));
        push.onBallotChange(new BallotChanged(3L, 7L));

        assertThat(pages.sent).containsExactly(MeetingPush.CHANGED + "@7");
        assertThat(ballotParts.sent).containsExactly(MeetingPush.BALLOT + "@7");
    }

    /** A push channel that records what it sends, as {@code message@user}. */
    private static final class Channel implements PushContext {

        final List<String> sent = new ArrayList<>();
        final List<Object> messages = new ArrayList<>();

        @Override
        public Set<Future<Void>> send(Object message) {
            sent.add(message + "@all");
            messages.add(message);
            return Set.of();
        }

        @Override
        public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
            sent.add(message + "@" + user);
            messages.add(message);
            return Set.of();
        }

        @Override
        public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
            users.forEach(user -> sent.add(message + "@" + user));
            return Map.of();
        }
    }

    /** One transaction at a time, ended by the test with the status it chooses. */
    private static final class Transactions implements TransactionSynchronizationRegistry {

        private int status = Status.STATUS_NO_TRANSACTION;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void begin() {
            status = Status.STATUS_ACTIVE;
        }

        void end(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
            synchronizations.clear();
            resources.clear();
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
