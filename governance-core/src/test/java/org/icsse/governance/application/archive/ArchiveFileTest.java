package org.icsse.governance.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"minutes.pdf", "records/agenda.json", "votes/2026/roll-call.csv", "a", ".hidden", "records/manifest.json"})
    void plainRelativePathsAreAccepted(String name) {
        assertThat(new ArchiveFile(name, new byte[0]).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside.json", "records/../../x", "records/./agenda.json", "records//agenda.json",
            "records/", "records\\agenda.json", "manifest.json", "tab\there", "line\nbreak", ".", ".."})
    void unsafeOrAmbiguousNamesAreRejected(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArchiveFile(name, new byte[0]));
    }

    @Test
    void aMissingNameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArchiveFile(null, new byte[0]));
    }

    @Test
    void theManifestNameIsReservedWithAMessageThatSaysSo() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArchiveFile("manifest.json", new byte[0]))
                .withMessageContaining("manifest");
    }

    @Test
    void contentIsCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        ArchiveFile file = new ArchiveFile("a.bin", bytes);
        bytes[0] = 9;
        file.content()[1] = 9;

        assertThat(file.content()).containsExactly(1, 2, 3);
    }

    @Test
    void filesWithTheSameNameAndBytesAreEqual() {
        assertThat(new ArchiveFile("a.bin", new byte[] {1, 2})).isEqualTo(new ArchiveFile("a.bin", new byte[] {1, 2}))
                .hasSameHashCodeAs(new ArchiveFile("a.bin", new byte[] {1, 2}))
                .isNotEqualTo(new ArchiveFile("a.bin", new byte[] {1, 3}));
    }
}
