package org.icsse.governance.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.domain.body.QuorumRule;
import org.icsse.governance.domain.meeting.Electorate;
import org.icsse.governance.domain.network.Weight;
import org.junit.jupiter.api.Test;

class VoteAndSealTest {

    private static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    private static final BallotRules RULES = new BallotRules(MajorityRule.SIMPLE, false, QuorumRule.NONE);
    private static final Electorate ELECTORATE = new Electorate(Map.of(7L, new Weight(3), 8L, new Weight(1)));

    private static Ballot ballot(boolean secret) {
        return Ballot.inMeeting(1L, 2L, 3L, 4L, 5L, RULES, secret, ELECTORATE, "chair", NOW);
    }

    @Test
    void aSlotIsTheSameForOneNetworkUnderOneSealAndNamesNoNetwork() {
        BallotSeal seal = BallotSeal.fresh(1L, new SecureRandom());

        assertThat(seal.slotOf(7L)).isEqualTo(seal.slotOf(7L)).hasSize(64).matches("[0-9a-f]{64}")
                .isNotEqualTo(seal.slotOf(8L));
    }

    @Test
    void theSameNetworkHasUnrelatedSlotsUnderDifferentSeals() {
        Set<String> slots = new HashSet<>();
        Random random = new SecureRandom();
        for (int ballot = 1; ballot <= 100; ballot++) {
            slots.add(BallotSeal.fresh((long) ballot, random).slotOf(7L));
        }

        assertThat(slots).hasSize(100);
    }

    @Test
    void aSealFromTheSameRandomBytesGivesTheSameSlots() {
        BallotSeal one = BallotSeal.fresh(1L, new Random(42));
        BallotSeal two = BallotSeal.fresh(1L, new Random(42));

        assertThat(one.slotOf(123L)).isEqualTo(two.slotOf(123L));
    }

    @Test
    void aNamedVoteSaysWhoseItIsAndWhen() {
        Ballot ballot = ballot(false);
        Elector elector = new Elector(1L, 7L, new Weight(3));
        ReceiptCode receipt = ReceiptCode.random(new SecureRandom());

        Vote vote = Vote.first(ballot, elector, "slot", Choice.FOR, receipt, NOW);

        assertThat(vote.networkId()).contains(7L);
        assertThat(vote.castAt()).contains(NOW);
        assertThat(vote.choice()).contains(Choice.FOR);
        assertThat(vote.weight()).contains(3);
        assertThat(vote.receipt()).isEqualTo(receipt);
    }

    @Test
    void aSecretVoteKeepsNeitherTheNetworkNorTheTimeNotEvenInItsText() {
        Ballot ballot = ballot(true);
        Elector elector = new Elector(1L, 7L, new Weight(3));

        Vote vote = Vote.first(ballot, elector, "slot", Choice.AGAINST, ReceiptCode.random(new SecureRandom()), NOW);
        vote.replace(Choice.ABSTAIN, ReceiptCode.random(new SecureRandom()), NOW.plusSeconds(5));

        assertThat(vote.networkId()).isEmpty();
        assertThat(vote.castAt()).isEmpty();
        assertThat(vote.choice()).contains(Choice.ABSTAIN);
        assertThat(vote.toString()).doesNotContain("ABSTAIN", "7");
    }

    @Test
    void castingAgainReplacesChoiceAndReceipt() {
        Ballot ballot = ballot(false);
        Elector elector = new Elector(1L, 8L, new Weight(1));
        ReceiptCode first = ReceiptCode.random(new SecureRandom());
        ReceiptCode second = ReceiptCode.random(new SecureRandom());
        Vote vote = Vote.first(ballot, elector, "slot", Choice.FOR, first, NOW);

        vote.replace(Choice.AGAINST, second, NOW.plusSeconds(1));

        assertThat(vote.choice()).contains(Choice.AGAINST);
        assertThat(vote.receipt()).isEqualTo(second);
        assertThat(vote.castAt()).contains(NOW.plusSeconds(1));
    }

    @Test
    void anElectorRecordsThatItVotedNeverHow() {
        Elector elector = new Elector(1L, 8L, new Weight(1));
        assertThat(elector.hasVoted()).isFalse();

        elector.voted(NOW);

        assertThat(elector.hasVoted()).isTrue();
        assertThat(elector.votedAt()).contains(NOW);
    }
}
