package org.icsse.governance.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.icsse.governance.domain.audit.AuditChain.Break;
import org.icsse.governance.domain.audit.AuditChain.Reason;

/** The verifier finds the first break of any chain, whatever was done to it. */
class AuditVerifierTest {

    /** What a verifier says of a whole chain: the first break, if any, and how many entries held. */
    record Verdict(Optional<Break> firstBreak, long checked, String lastHash) {
    }

    static Verdict verify(List<AuditEntry> entries) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditEntry entry : entries) {
            Optional<Break> broken = verifier.accept(entry);
            if (broken.isPresent()) {
                return new Verdict(broken, verifier.checked(), verifier.lastHash());
            }
        }
        return new Verdict(Optional.empty(), verifier.checked(), verifier.lastHash());
    }

    /** A chain as the head builds it, with the head's final hash. */
    record Chain(List<AuditEntry> entries, String headHash) {
        int size() {
            return entries.size();
        }

        /** The 1-based position {@code seed} points at. */
        int position(int seed) {
            return seed % entries.size() + 1;
        }

        AuditEntry at(int sequence) {
            return entries.get(sequence - 1);
        }

        List<AuditEntry> replacing(int sequence, AuditEntry replacement) {
            List<AuditEntry> copy = new ArrayList<>(entries);
            copy.set(sequence - 1, replacement);
            return copy;
        }
    }

    @Provide
    Arbitrary<AuditRecord> records() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'f').withChars("{}\":, é€\u0000").ofMaxLength(10);
        Arbitrary<String> optionalText = text.injectNull(0.2);
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        return Combinators.combine(instants, text, text, text, optionalText, optionalText, optionalText)
                .as(AuditRecord::new);
    }

    @Provide
    Arbitrary<Chain> chains() {
        // the facts come from a seeded generator: cheap to build, and the size of the chain still shrinks
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.longs()).as((size, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            AuditHead head = AuditHead.genesis();
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                entries.add(head.append(new AuditRecord(Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L)),
                        text(random), text(random), text(random), optionalText(random), optionalText(random), optionalText(random))));
            }
            return new Chain(List.copyOf(entries), head.lastHash());
        });
    }

    private static final String ALPHABET = "abcdef{}\":, é€\u0000";

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(0, 11); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String optionalText(SplittableRandom random) {
        return random.nextInt(5) == 0 ? null : text(random);
    }

    /** Another record: the same facts with one more character in the actor. */
    private static AuditRecord changed(AuditRecord r) {
        return new AuditRecord(r.occurredAt(), r.actor() + "x", r.action(), r.subjectType(), r.subjectId(), r.before(), r.after());
    }

    @Property
    void anUntouchedChainIsIntactAndEndsAtTheHead(@ForAll("chains") Chain chain) {
        Verdict verdict = verify(chain.entries());

        assertThat(verdict.firstBreak()).isEmpty();
        assertThat(verdict.checked()).isEqualTo(chain.size());
        assertThat(verdict.lastHash()).isEqualTo(chain.headHash());
    }

    @Property
    void changedFactsUnderTheOldHashAreAContentMismatchAtThatEntry(@ForAll("chains") Chain chain,
            @ForAll @IntRange(min = 0, max = 49) int seed) {
        int k = chain.position(seed);
        AuditEntry original = chain.at(k);
        AuditRecord forged = changed(original.record());
        // the row as someone who edits the table leaves it: new facts, the hash and the link it had
        AuditEntry edited = new AuditEntry(k, original.record(), original.previousHash()) {
            @Override
            public AuditRecord record() {
                return forged;
            }
        };

        Verdict verdict = verify(chain.replacing(k, edited));

        assertThat(verdict.firstBreak()).contains(new Break(k, Reason.CONTENT_MISMATCH));
        assertThat(verdict.checked()).isEqualTo(k - 1);
    }

    @Property
    void aRehashedForgeryBreaksTheLinkOfTheNextEntry(@ForAll("chains") Chain chain, @ForAll @IntRange(min = 0, max = 49) int seed) {
        int k = chain.position(seed);
        AuditEntry original = chain.at(k);
        AuditEntry forged = new AuditEntry(k, changed(original.record()), original.previousHash());

        Verdict verdict = verify(chain.replacing(k, forged));

        if (k < chain.size()) {
            assertThat(verdict.firstBreak()).contains(new Break(k + 1, Reason.LINK_MISMATCH));
            assertThat(verdict.checked()).isEqualTo(k);
        } else {
            // the last entry has no successor: only the head tells
            assertThat(verdict.firstBreak()).isEmpty();
            assertThat(verdict.lastHash()).isNotEqualTo(chain.headHash());
        }
    }

    @Property
    void anEntryLinkedToTheWrongPredecessorIsALinkMismatchAtThatEntry(@ForAll("chains") Chain chain,
            @ForAll @IntRange(min = 0, max = 49) int seed) {
        int k = chain.position(seed);
        AuditEntry original = chain.at(k);
        String wrongLink = original.previousHash().equals(AuditChain.GENESIS) ? "f".repeat(64) : AuditChain.GENESIS;
        AuditEntry relinked = new AuditEntry(k, original.record(), wrongLink);

        Verdict verdict = verify(chain.replacing(k, relinked));

        assertThat(verdict.firstBreak()).contains(new Break(k, Reason.LINK_MISMATCH));
        assertThat(verdict.checked()).isEqualTo(k - 1);
    }

    @Property
    void aRemovedEntryIsASequenceGapWhereItWas(@ForAll("chains") Chain chain, @ForAll @IntRange(min = 0, max = 49) int seed) {
        int k = chain.position(seed);
        List<AuditEntry> removed = new ArrayList<>(chain.entries());
        removed.remove(k - 1);

        Verdict verdict = verify(removed);

        if (k < chain.size()) {
            assertThat(verdict.firstBreak()).contains(new Break(k, Reason.SEQUENCE_GAP));
            assertThat(verdict.checked()).isEqualTo(k - 1);
        } else {
            // a cut tail is a shorter chain that holds; only the head tells
            assertThat(verdict.firstBreak()).isEmpty();
            assertThat(verdict.checked()).isEqualTo(chain.size() - 1);
            assertThat(verdict.lastHash()).isNotEqualTo(chain.headHash());
        }
    }

    @Property
    void twoSwappedEntriesAreASequenceGapAtTheFirstOfThem(@ForAll("chains") Chain chain,
            @ForAll @IntRange(min = 0, max = 49) int seedA, @ForAll @IntRange(min = 0, max = 49) int seedB) {
        int i = Math.min(chain.position(seedA), chain.position(seedB));
        int j = Math.max(chain.position(seedA), chain.position(seedB));
        List<AuditEntry> swapped = new ArrayList<>(chain.entries());
        swapped.set(i - 1, chain.at(j));
        swapped.set(j - 1, chain.at(i));

        Verdict verdict = verify(swapped);

        if (i == j) {
            assertThat(verdict.firstBreak()).isEmpty();
            assertThat(verdict.checked()).isEqualTo(chain.size());
        } else {
            assertThat(verdict.firstBreak()).contains(new Break(i, Reason.SEQUENCE_GAP));
            assertThat(verdict.checked()).isEqualTo(i - 1);
        }
    }

    @Property
    void anInsertedEntryIsASequenceGapWhereItStands(@ForAll("chains") Chain chain, @ForAll @IntRange(min = 0, max = 49) int seed,
            @ForAll("records") AuditRecord intruder) {
        int k = chain.position(seed);
        List<AuditEntry> inserted = new ArrayList<>(chain.entries());
        // an entry numbered as the one it pushes forward would have been, but the chain's numbers stay
        inserted.add(k - 1, new AuditEntry(k + 1, intruder, chain.at(k).previousHash()));

        Verdict verdict = verify(inserted);

        assertThat(verdict.firstBreak()).contains(new Break(k, Reason.SEQUENCE_GAP));
    }
}
