package org.icsse.governance.domain.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The rule of the hash chain. Each entry's hash is the SHA-256 of its sequence number, its facts and
 * the hash of the entry before it (64 zeros for the first), every text written with its length so
 * that no two different entries hash the same bytes. Changing, removing or reordering any entry
 * breaks the chain at that entry.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long sequence, AuditRecord record, String previousHash) {
        MessageDigest digest = sha256();
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        update(digest, record.occurredAt().toString());
        update(digest, record.actor());
        update(digest, record.action());
        update(digest, record.subjectType());
        update(digest, record.subjectId());
        update(digest, record.before());
        update(digest, record.after());
        update(digest, previousHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        if (text == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where and why a chain is broken. */
    public record Break(long sequence, Reason reason) {
    }

    /** The ways a chain can break. */
    public enum Reason {
        /** A sequence number is missing or out of order: an entry was removed or inserted. */
        SEQUENCE_GAP,
        /** The entry does not name the hash of the entry before it. */
        LINK_MISMATCH,
        /** The entry's facts no longer give its hash: it was changed. */
        CONTENT_MISMATCH
    }

    /** Walks a chain entry by entry, in sequence order, and stops at the first break. */
    public static final class Verifier {

        private long expectedSequence = 1;
        private String expectedPrevious = GENESIS;
        private long checked;

        /** Checks the next entry; an empty result means the chain holds up to and including it. */
        public Optional<Break> accept(AuditEntry entry) {
            if (entry.sequence() != expectedSequence) {
                return Optional.of(new Break(expectedSequence, Reason.SEQUENCE_GAP));
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return Optional.of(new Break(entry.sequence(), Reason.LINK_MISMATCH));
            }
            if (!hash(entry.sequence(), entry.record(), entry.previousHash()).equals(entry.hash())) {
                return Optional.of(new Break(entry.sequence(), Reason.CONTENT_MISMATCH));
            }
            expectedSequence++;
            expectedPrevious = entry.hash();
            checked++;
            return Optional.empty();
        }

        public long checked() {
            return checked;
        }

        public String lastHash() {
            return expectedPrevious;
        }
    }
}
