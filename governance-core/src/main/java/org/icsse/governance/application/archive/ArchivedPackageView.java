package org.icsse.governance.application.archive;

import java.time.Instant;

import org.icsse.governance.domain.archive.ArchivedMeeting;

/** A sealed package as the secretariat's archive page lists it. */
public record ArchivedPackageView(long meetingId, String meetingTitle, long sequence, String fileName, String manifestSha256,
        String previousSha256, long sizeBytes, int files, int secretBallots, Instant sealedAt, String sealedBy) {

    static ArchivedPackageView of(ArchivedMeeting sealed, String meetingTitle) {
        return new ArchivedPackageView(sealed.meetingId(), meetingTitle, sealed.sequence(), sealed.fileName(), sealed.manifestSha256(),
                sealed.previousSha256().orElse(null), sealed.sizeBytes(), sealed.files(), sealed.secretBallots(),
                sealed.sealedAt(), sealed.sealedBy());
    }
}
