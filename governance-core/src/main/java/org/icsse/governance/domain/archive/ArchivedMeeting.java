package org.icsse.governance.domain.archive;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The record of a meeting sealed into an archive package: which package, its place in the chain, and the
 * SHA-256 of its manifest and of the manifest before it. Written once and never changed; the package on disk
 * is checked against it.
 */
@Entity
@Table(name = "archive_package")
public class ArchivedMeeting {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false, updatable = false)
    private long sequence;

    @Column(name = "file_name", nullable = false, length = 64, updatable = false)
    private String fileName;

    @Column(name = "manifest_sha256", nullable = false, length = 64, updatable = false)
    private String manifestSha256;

    @Column(name = "previous_sha256", length = 64, updatable = false)
    private String previousSha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private int files;

    @Column(name = "secret_ballots", nullable = false, updatable = false)
    private int secretBallots;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private Instant sealedAt;

    @Column(name = "sealed_by", nullable = false, length = 64, updatable = false)
    private String sealedBy;

    protected ArchivedMeeting() {
        // for JPA
    }

    /**
     * @param previousSha256 the manifest hash of the package before; null exactly for the first package
     */
    public ArchivedMeeting(long meetingId, long sequence, String fileName, String manifestSha256, String previousSha256,
            long sizeBytes, int files, int secretBallots, Instant sealedAt, String sealedBy) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1");
        }
        if ((sequence == 1) != (previousSha256 == null)) {
            throw new IllegalArgumentException("the first package, and only it, has no previous package");
        }
        this.meetingId = meetingId;
        this.sequence = sequence;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.manifestSha256 = Objects.requireNonNull(manifestSha256, "manifestSha256");
        this.previousSha256 = previousSha256;
        this.sizeBytes = sizeBytes;
        this.files = files;
        this.secretBallots = secretBallots;
        this.sealedAt = Objects.requireNonNull(sealedAt, "sealedAt");
        this.sealedBy = Objects.requireNonNull(sealedBy, "sealedBy");
    }

    public long meetingId() {
        return meetingId;
    }

    public long sequence() {
        return sequence;
    }

    public String fileName() {
        return fileName;
    }

    public String manifestSha256() {
        return manifestSha256;
    }

    public Optional<String> previousSha256() {
        return Optional.ofNullable(previousSha256);
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int files() {
        return files;
    }

    public int secretBallots() {
        return secretBallots;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public String sealedBy() {
        return sealedBy;
    }

    /** The record for the audit log. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("meetingId", meetingId);
        s.put("sequence", sequence);
        s.put("package", fileName);
        s.put("manifestSha256", manifestSha256);
        s.put("previousSha256", previousSha256);
        s.put("sizeBytes", sizeBytes);
        s.put("files", files);
        s.put("secretBallots", secretBallots);
        s.put("sealedAt", sealedAt.toString());
        return s;
    }
}
