package org.icsse.governance.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.network.Weight;
import org.icsse.governance.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class BallotTest {

    private static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    private static final BallotRules RULES = new BallotRules(MajorityRule.SIMPLE, false, QuorumRule.of(50, 0));
    /** Three networks weighing 1, 2 and 4: |E| = 3, w(E) = 7. */
    private static final Electorate ELECTORATE = new Electorate(Map.of(1L, new Weight(1), 2L, new Weight(2), 3L, new Weight(4)));

    private static Ballot inMeeting() {
        return Ballot.inMeeting(10L, 20L, 30L, 40L, 5L, RULES, false, ELECTORATE, "chair", NOW);
    }

    private static Ballot remote(Instant closesAt) {
        return Ballot.remote(11L, 20L, 30L, RULES, true, closesAt, ELECTORATE, "secretariat", NOW);
    }

    @Test
    void openingFreezesTheRulesAndTheSizeOfTheElectorate() {
        Ballot ballot = inMeeting();

        assertThat(ballot.rules()).isEqualTo(RULES);
        assertThat(ballot.electorate()).isEqualTo(new Count(3, 7));
        assertThat(ballot.isOpen()).isTrue();
        assertThat(ballot.meetingId()).contains(40L);
        assertThat(ballot.agendaItemId()).contains(5L);
        assertThat(ballot.isRemote()).isFalse();
        assertThat(ballot.result()).isEmpty();
    }

    @Test
    void aBallotWithoutElectorateIsRefused() {
        assertThatThrownBy(() -> Ballot.inMeeting(10L, 20L, 30L, 40L, 5L, RULES, false, Electorate.EMPTY, "chair", NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ballot.noElectorate"));
    }

    @Test
    void aRemoteBallotNeedsADeadlineBetweenFiveMinutesAndNinetyDaysAhead() {
        assertInvalid(() -> remote(null), "closesAt", "value.required");
        assertInvalid(() -> remote(NOW.plus(Duration.ofMinutes(5)).minusMillis(1)), "closesAt", "ballot.deadlineTooSoon");
        assertInvalid(() -> remote(NOW.plus(Duration.ofDays(90)).plusMillis(1)), "closesAt", "ballot.deadlineTooFar");

        assertThat(remote(NOW.plus(Duration.ofMinutes(5))).closesAt()).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(remote(NOW.plus(Duration.ofDays(90))).isRemote()).isTrue();
    }

    @Test
    void aRemoteBallotTakesVotesUntilTheInstantOfItsDeadlineExcluded() {
        Instant deadline = NOW.plus(Duration.ofHours(1));
        Ballot ballot = remote(deadline);

        ballot.requireTakingVotes(deadline.minusMillis(1));
        assertThat(ballot.takesVotes(deadline.minusMillis(1))).isTrue();
        assertThat(ballot.takesVotes(deadline)).isFalse();
        assertThatThrownBy(() -> ballot.requireTakingVotes(deadline)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ballot.deadlinePassed"));
    }

    @Test
    void closingDecidesByTheFrozenRulesAndKeepsTheResult() {
        Ballot ballot = inMeeting();
        // networks 1 (w1) and 3 (w4) for, 2 (w2) against: quorum 50 % of 3 = 2 networks met; 5 > 2
        Tally tally = new Tally(new Count(2, 5), new Count(1, 2), Count.ZERO);

        Result result = ballot.close(tally, "chair", NOW.plusSeconds(60));

        assertThat(result.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(ballot.result()).contains(result);
        assertThat(ballot.status()).isEqualTo(BallotStatus.CLOSED);
        assertThat(ballot.closedAt()).contains(NOW.plusSeconds(60));
        assertThat(ballot.closedBy()).contains("chair");
    }

    @Test
    void closingWithoutQuorumGivesNoQuorumWhateverTheVotes() {
        Ballot ballot = inMeeting();

        Result result = ballot.close(new Tally(new Count(1, 4), Count.ZERO, Count.ZERO), "chair", NOW);

        assertThat(result.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(result.majorityReached()).isTrue();
        assertThat(ballot.result().orElseThrow().outcome()).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void aBallotClosesOnceAndThenTakesNoVote() {
        Ballot ballot = inMeeting();
        ballot.close(Tally.EMPTY, "chair", NOW);

        assertThatThrownBy(() -> ballot.close(Tally.EMPTY, "chair", NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ballot.closed"));
        assertThatThrownBy(() -> ballot.requireTakingVotes(NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("ballot.closed"));
        assertThat(ballot.result().orElseThrow().outcome()).as("no votes never adopts").isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void moreVotesThanTheElectorateCannotBeClosedOn() {
        Ballot ballot = inMeeting();

        assertThatThrownBy(() -> ballot.close(new Tally(new Count(4, 8), Count.ZERO, Count.ZERO), "chair", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ballot.isOpen()).isTrue();
    }

    @Test
    void theAuditSnapshotCarriesTheTotalsButNoVote() {
        Ballot ballot = inMeeting();
        ballot.close(new Tally(new Count(2, 5), new Count(1, 2), Count.ZERO), "chair", NOW);

        assertThat(ballot.snapshot()).containsEntry("outcome", "ADOPTED").containsEntry("for", "2/5")
                .containsEntry("against", "1/2").doesNotContainKeys("votes", "choices");
    }
}
