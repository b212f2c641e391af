package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.archive.ArchivedPackageView;

/** One sealed archive package as the archive page lists it; the manifest's SHA-256 whole and shortened. */
public final class PackageRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHORT_HASH = 12;

    private final long meetingId;
    private final String meetingTitle;
    private final long sequence;
    private final String fileName;
    private final long sizeBytes;
    private final int files;
    private final int secretBallots;
    private final Instant sealedAt;
    private final String sealedBy;
    private final String manifestSha256;

    PackageRow(ArchivedPackageView sealed) {
        meetingId = sealed.meetingId();
        meetingTitle = sealed.meetingTitle() == null ? String.valueOf(sealed.meetingId()) : sealed.meetingTitle();
        sequence = sealed.sequence();
        fileName = sealed.fileName();
        sizeBytes = sealed.sizeBytes();
        files = sealed.files();
        secretBallots = sealed.secretBallots();
        sealedAt = sealed.sealedAt();
        sealedBy = sealed.sealedBy();
        manifestSha256 = sealed.manifestSha256();
    }

    public long getMeetingId() {
        return meetingId;
    }

    /** The meeting's title (its id should the meeting be unreadable). */
    public String getMeetingTitle() {
        return meetingTitle;
    }

    public long getSequence() {
        return sequence;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getFiles() {
        return files;
    }

    public int getSecretBallots() {
        return secretBallots;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }

    public String getSealedBy() {
        return sealedBy;
    }

    public String getManifestSha256() {
        return manifestSha256;
    }

    /** The first characters of the manifest's SHA-256, enough to tell packages apart at a glance. */
    public String getManifestShort() {
        return manifestSha256 == null || manifestSha256.length() <= SHORT_HASH
                ? manifestSha256 : manifestSha256.substring(0, SHORT_HASH) + "…";
    }
}
