package org.icsse.governance.application.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveManifestTest {

    private static final String HASH = "a".repeat(64);

    private static final ArchiveManifest SECOND = new ArchiveManifest(2, 17, "General Assembly « 2026 »",
            Instant.parse("2026-11-30T18:00:00Z"),
            List.of(new ArchiveManifest.Entry("minutes.pdf", 1200, HASH), new ArchiveManifest.Entry("records/agenda.json", 0, "b".repeat(64))),
            new ChainLink("000001-meeting-12.zip", "c".repeat(64)));

    @Test
    void jsonHasTheDocumentedFieldsInAFixedOrder() {
        assertThat(new String(SECOND.toJson(), UTF_8)).isEqualTo("{\"format\":\"icsse-archive/1\",\"sequence\":2,\"meetingId\":17,"
                + "\"meetingTitle\":\"General Assembly « 2026 »\",\"sealedAt\":\"2026-11-30T18:00:00Z\","
                + "\"files\":[{\"name\":\"minutes.pdf\",\"size\":1200,\"sha256\":\"" + HASH + "\"},"
                + "{\"name\":\"records/agenda.json\",\"size\":0,\"sha256\":\"" + "b".repeat(64) + "\"}],"
                + "\"previous\":{\"package\":\"000001-meeting-12.zip\",\"manifestSha256\":\"" + "c".repeat(64) + "\"}}");
    }

    @Test
    void parsingWhatWasWrittenGivesTheSameManifest() {
        assertThat(ArchiveManifest.parse(SECOND.toJson())).isEqualTo(SECOND);
    }

    @Test
    void theFirstPackageWritesPreviousAsNullAndReadsItBackAsFirst() {
        ArchiveManifest first = new ArchiveManifest(1, 12, "Board", Instant.parse("2026-01-01T00:00:00Z"), List.of(), ChainLink.FIRST);

        assertThat(new String(first.toJson(), UTF_8)).endsWith("\"files\":[],\"previous\":null}");
        assertThat(ArchiveManifest.parse(first.toJson()).previous()).isEqualTo(ChainLink.FIRST);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "{\"format\":", "[]", "{}",
            "{\"format\":\"icsse-archive/2\"}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":\"one\"}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":1.5,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[],\"previous\":null}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":0,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[],\"previous\":null}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":1,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"yesterday\",\"files\":[],\"previous\":null}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":1,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[]}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":1,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[1],\"previous\":null}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":1,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[{\"name\":\"../x\",\"size\":1,\"sha256\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}],\"previous\":null}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":1,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[{\"name\":\"x\",\"size\":1,\"sha256\":\"ABC\"}],\"previous\":null}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":2,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[],\"previous\":{\"package\":\"p.zip\"}}",
            "{\"format\":\"icsse-archive/1\",\"sequence\":99999999999999999999,\"meetingId\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[],\"previous\":null}"})
    void malformedManifestsAreRefusedWithAFormatException(String json) {
        assertThatThrownBy(() -> ArchiveManifest.parse(json.getBytes(UTF_8)))
                .isInstanceOf(ArchiveFormatException.class)
                .hasMessageStartingWith("The manifest");
    }

    @Test
    void aMissingFieldIsNamedInTheMessage() {
        String json = "{\"format\":\"icsse-archive/1\",\"sequence\":1,\"meetingTitle\":\"t\",\"sealedAt\":\"2026-01-01T00:00:00Z\",\"files\":[],\"previous\":null}";

        assertThatThrownBy(() -> ArchiveManifest.parse(json.getBytes(UTF_8))).hasMessage("The manifest has no field 'meetingId'");
    }

    @Test
    void aFileListedTwiceIsRejected() {
        ArchiveManifest.Entry entry = new ArchiveManifest.Entry("a", 1, HASH);
        assertThatIllegalArgumentException().isThrownBy(() -> new ArchiveManifest(1, 1, "t", Instant.EPOCH, List.of(entry, entry), ChainLink.FIRST));
    }

    @Test
    void aChainLinkNamesBothPartsOrNeither() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChainLink("000001-meeting-1.zip", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChainLink(null, HASH));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChainLink("000001-meeting-1.zip", HASH.toUpperCase()));
    }
}
