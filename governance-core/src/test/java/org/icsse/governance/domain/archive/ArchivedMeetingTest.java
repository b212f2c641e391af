package org.icsse.governance.domain.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArchivedMeetingTest {

    private static final String HASH = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theFirstPackageAndOnlyItNamesNoPreviousManifest() {
        assertThat(new ArchivedMeeting(7, 1, "000001-meeting-7.zip", HASH, null, 10, 3, 0, NOW, "system").previousSha256()).isEmpty();
        assertThat(new ArchivedMeeting(8, 2, "000002-meeting-8.zip", HASH, HASH, 10, 3, 1, NOW, "system").previousSha256()).contains(HASH);
        assertThatThrownBy(() -> new ArchivedMeeting(7, 1, "000001-meeting-7.zip", HASH, HASH, 10, 3, 0, NOW, "system"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchivedMeeting(8, 2, "000002-meeting-8.zip", HASH, null, 10, 3, 0, NOW, "system"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchivedMeeting(8, 0, "000000-meeting-8.zip", HASH, null, 10, 3, 0, NOW, "system"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditSnapshotNamesThePackageItsPlaceAndItsHashes() {
        ArchivedMeeting sealed = new ArchivedMeeting(8, 2, "000002-meeting-8.zip", HASH, "b".repeat(64), 10, 3, 1, NOW, "system");
        assertThat(sealed.snapshot()).containsEntry("package", "000002-meeting-8.zip").containsEntry("sequence", 2L)
                .containsEntry("manifestSha256", HASH).containsEntry("previousSha256", "b".repeat(64))
                .containsEntry("secretBallots", 1).containsEntry("sealedAt", "2026-12-01T10:00:00Z");
    }

    @Test
    void anEmptyChainHasNoLastManifestAndTheNextPackageIsTheFirst() {
        ChainHead empty = new ChainHead(0, null, null);
        assertThat(empty.empty()).isTrue();
        assertThat(empty.nextSequence()).isEqualTo(1);
        ChainHead three = new ChainHead(3, "000003-meeting-9.zip", HASH);
        assertThat(three.empty()).isFalse();
        assertThat(three.nextSequence()).isEqualTo(4);
        assertThatThrownBy(() -> new ChainHead(0, null, HASH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainHead(2, "x.zip", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainHead(-1, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
