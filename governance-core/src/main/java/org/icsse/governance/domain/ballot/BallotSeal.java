package org.icsse.governance.domain.ballot;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The random key of one ballot that turns a network id into the slot its vote is stored under:
 * {@code slot = HMAC-SHA256(key, "network:" + id)}, in hexadecimal. Without the key a slot names no network
 * (256 random bits, so no table of ids can be tried); with it, the application finds a network's own vote
 * to replace it and, when closing, checks each vote against the electorate. Archiving deletes the key, and
 * with it every link between a network and its vote.
 */
@Entity
@Table(name = "ballot_seal")
public class BallotSeal {

    private static final int KEY_BYTES = 32;
    private static final String MAC = "HmacSHA256";

    @Id
    @Column(name = "ballot_id")
    private Long ballotId;

    @Column(name = "seal_key", nullable = false, length = 64, updatable = false)
    private String key;

    protected BallotSeal() {
        // for JPA
    }

    private BallotSeal(Long ballotId, byte[] key) {
        this.ballotId = Objects.requireNonNull(ballotId, "ballot id");
        this.key = HexFormat.of().formatHex(key);
    }

    /** A new key for a ballot; pass a {@link java.security.SecureRandom} in production. */
    public static BallotSeal fresh(Long ballotId, RandomGenerator random) {
        byte[] key = new byte[KEY_BYTES];
        Objects.requireNonNull(random, "random").nextBytes(key);
        return new BallotSeal(ballotId, key);
    }

    /** The slot of a network's vote on this ballot. */
    public String slotOf(long networkId) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(key), MAC));
            return HexFormat.of().formatHex(mac.doFinal(("network:" + networkId).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public Long ballotId() {
        return ballotId;
    }

    @Override
    public String toString() {
        return "seal of ballot " + ballotId;
    }
}
