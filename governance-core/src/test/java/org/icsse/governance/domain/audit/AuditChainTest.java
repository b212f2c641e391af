package org.icsse.governance.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final AuditRecord RECORD = new AuditRecord(AT, "amina", "network.create", "network", "42", null,
            "{\"acronym\":\"ICA\"}");
    private static final String PREVIOUS = "ab".repeat(32);

    @Test
    void theHashIsDeterministicHexSha256() {
        String hash = AuditChain.hash(7, RECORD, PREVIOUS);

        assertThat(hash).isEqualTo(AuditChain.hash(7, new AuditRecord(AT, "amina", "network.create", "network", "42", null,
                "{\"acronym\":\"ICA\"}"), PREVIOUS));
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theGenesisHashIsSixtyFourZeros() {
        assertThat(AuditChain.GENESIS).isEqualTo("0000000000000000000000000000000000000000000000000000000000000000");
    }

    static List<Arguments> singleChanges() {
        List<Arguments> changes = new ArrayList<>();
        changes.add(Arguments.of("sequence", 8L, RECORD, PREVIOUS));
        changes.add(Arguments.of("occurredAt", 7L, with(RECORD, 0, AT.plusMillis(1)), PREVIOUS));
        changes.add(Arguments.of("actor", 7L, with(RECORD, 1, "amine"), PREVIOUS));
        changes.add(Arguments.of("action", 7L, with(RECORD, 2, "network.update"), PREVIOUS));
        changes.add(Arguments.of("subjectType", 7L, with(RECORD, 3, "body"), PREVIOUS));
        changes.add(Arguments.of("subjectId", 7L, with(RECORD, 4, "43"), PREVIOUS));
        changes.add(Arguments.of("subjectId null", 7L, with(RECORD, 4, null), PREVIOUS));
        changes.add(Arguments.of("before null to empty", 7L, with(RECORD, 5, ""), PREVIOUS));
        changes.add(Arguments.of("before null to \"null\"", 7L, with(RECORD, 5, "null"), PREVIOUS));
        changes.add(Arguments.of("after", 7L, with(RECORD, 6, "{\"acronym\":\"IcA\"}"), PREVIOUS));
        changes.add(Arguments.of("after to null", 7L, with(RECORD, 6, null), PREVIOUS));
        changes.add(Arguments.of("previousHash", 7L, RECORD, "ab".repeat(31) + "ac"));
        return changes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleChanges")
    void changingAnySingleFieldChangesTheHash(String change, long sequence, AuditRecord record, String previous) {
        assertThat(AuditChain.hash(sequence, record, previous)).isNotEqualTo(AuditChain.hash(7, RECORD, PREVIOUS));
    }

    @Test
    void nullAndEmptyTextHashDifferently() {
        AuditRecord empty = new AuditRecord(AT, "a", "b", "c", "", "", "");
        AuditRecord none = new AuditRecord(AT, "a", "b", "c", null, null, null);

        assertThat(AuditChain.hash(1, empty, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(1, none, AuditChain.GENESIS));
    }

    @Test
    void movingTheBoundaryBetweenFieldsChangesTheHash() {
        AuditRecord abC = new AuditRecord(AT, "ab", "c", "network", "1", null, null);
        AuditRecord aBc = new AuditRecord(AT, "a", "bc", "network", "1", null, null);
        AuditRecord beforeAfter = new AuditRecord(AT, "a", "b", "network", "1", "xy", null);
        AuditRecord afterBefore = new AuditRecord(AT, "a", "b", "network", "1", null, "xy");
        AuditRecord splitState = new AuditRecord(AT, "a", "b", "network", "1", "x", "y");

        assertThat(AuditChain.hash(1, abC, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(1, aBc, AuditChain.GENESIS));
        assertThat(AuditChain.hash(1, beforeAfter, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, afterBefore, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, splitState, AuditChain.GENESIS));
    }

    @Test
    void aRecordKeepsItsInstantToTheMillisecond() {
        AuditRecord precise = new AuditRecord(Instant.parse("2026-03-01T10:15:30.123456789Z"), "a", "b", "c", null, null, null);

        assertThat(precise.occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
        assertThat(AuditChain.hash(1, precise, AuditChain.GENESIS)).isEqualTo(AuditChain.hash(1,
                new AuditRecord(Instant.parse("2026-03-01T10:15:30.123Z"), "a", "b", "c", null, null, null), AuditChain.GENESIS));
    }

    @Test
    void anEntryRecordsExactlyItsFactsAndTheirHash() {
        AuditEntry entry = new AuditEntry(7, RECORD, PREVIOUS);

        assertThat(entry.record()).isEqualTo(RECORD);
        assertThat(entry.sequence()).isEqualTo(7);
        assertThat(entry.previousHash()).isEqualTo(PREVIOUS);
        assertThat(entry.hash()).isEqualTo(AuditChain.hash(7, RECORD, PREVIOUS));
    }

    @Test
    void theHeadLinksEachNewEntryToTheLastAndTheVerifierAcceptsTheChain() {
        AuditHead head = AuditHead.genesis();
        AuditEntry first = head.append(RECORD);
        AuditEntry second = head.append(with(RECORD, 2, "network.update"));
        AuditEntry third = head.append(with(RECORD, 2, "network.suspend"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(third.previousHash()).isEqualTo(second.hash());
        assertThat(head.lastSequence()).isEqualTo(3);
        assertThat(head.lastHash()).isEqualTo(third.hash());

        AuditChain.Verifier verifier = new AuditChain.Verifier();
        assertThat(List.of(first, second, third)).allSatisfy(e -> assertThat(verifier.accept(e)).isEmpty());
        assertThat(verifier.checked()).isEqualTo(3);
        assertThat(verifier.lastHash()).isEqualTo(head.lastHash());
    }

    @Test
    void anEmptyChainEndsAtGenesis() {
        AuditHead head = AuditHead.genesis();
        AuditChain.Verifier verifier = new AuditChain.Verifier();

        assertThat(head.lastSequence()).isZero();
        assertThat(head.lastHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(verifier.checked()).isZero();
        assertThat(verifier.lastHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void aChainThatDoesNotStartAtOneHasAGapAtOne() {
        AuditEntry second = new AuditEntry(2, RECORD, AuditChain.GENESIS);

        assertThat(new AuditChain.Verifier().accept(second))
                .isEqualTo(Optional.of(new AuditChain.Break(1, AuditChain.Reason.SEQUENCE_GAP)));
    }

    @Test
    void aFirstEntryNotLinkedToGenesisIsALinkMismatch() {
        AuditEntry first = new AuditEntry(1, RECORD, PREVIOUS);

        assertThat(new AuditChain.Verifier().accept(first))
                .isEqualTo(Optional.of(new AuditChain.Break(1, AuditChain.Reason.LINK_MISMATCH)));
    }

    /** A copy of the record with field {@code index} (in declaration order) replaced. */
    static AuditRecord with(AuditRecord r, int index, Object value) {
        return new AuditRecord(
                index == 0 ? (Instant) value : r.occurredAt(),
                index == 1 ? (String) value : r.actor(),
                index == 2 ? (String) value : r.action(),
                index == 3 ? (String) value : r.subjectType(),
                index == 4 ? (String) value : r.subjectId(),
                index == 5 ? (String) value : r.before(),
                index == 6 ? (String) value : r.after());
    }
}
