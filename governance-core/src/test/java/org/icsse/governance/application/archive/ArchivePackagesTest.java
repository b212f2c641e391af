package org.icsse.governance.application.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivePackagesTest {

    @TempDir
    Path directory;

    @Test
    void fileNameCarriesTheSequenceOnSixDigitsAndTheMeeting() {
        assertThat(ArchivePackages.fileName(3, 17)).isEqualTo("000003-meeting-17.zip");
        assertThat(ArchivePackages.fileName(1_234_567, 2)).isEqualTo("1234567-meeting-2.zip");
    }

    @Test
    void aChainOfThreePackagesVerifies() throws IOException {
        List<ArchivePackages.SealedPackage> chain = Chains.write(directory, 3);

        assertThat(chain).extracting(sealed -> sealed.file().getFileName().toString())
                .containsExactly("000001-meeting-11.zip", "000002-meeting-12.zip", "000003-meeting-13.zip");
        Verification verification = ArchiveVerifier.verifyChain(directory);
        assertThat(verification.ok()).isTrue();
        assertThat(verification.packagesChecked()).isEqualTo(3);
        assertThat(verification.filesChecked()).isEqualTo(12);
    }

    @Test
    void theManifestComesFirstThenTheFilesInTheOrderGiven() throws IOException {
        Path zip = Chains.write(directory, 1).get(0).file();

        assertThat(Zips.entries(zip).keySet())
                .containsExactly("manifest.json", "minutes.pdf", "records/agenda.json", "records/ballots.json", "votes/roll-call.csv");
    }

    @Test
    void theReturnedHashIsTheManifestsAndTheNextPackageLinksToIt() throws IOException {
        List<ArchivePackages.SealedPackage> chain = Chains.write(directory, 2);

        byte[] firstManifest = Zips.entries(chain.get(0).file()).get("manifest.json");
        ArchiveManifest second = ArchiveManifest.parse(Zips.entries(chain.get(1).file()).get("manifest.json"));
        assertThat(chain.get(0).manifestSha256()).isEqualTo(ArchivePackages.sha256(firstManifest));
        assertThat(second.previous()).isEqualTo(new ChainLink("000001-meeting-11.zip", chain.get(0).manifestSha256()));
        assertThat(chain.get(0).sizeBytes()).isEqualTo(Files.size(chain.get(0).file()));
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path one = Chains.write(directory.resolve("one"), 3).get(2).file();
        Path two = Chains.write(directory.resolve("two"), 3).get(2).file();

        assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    }

    @Test
    void writingAgainReplacesThePackageAndLeavesNoTemporaryFile() throws IOException {
        Chains.write(directory, 2);
        byte[] before = Files.readAllBytes(directory.resolve("000002-meeting-12.zip"));
        Chains.write(directory, 2);

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("000001-meeting-11.zip", "000002-meeting-12.zip");
        }
        assertThat(Files.readAllBytes(directory.resolve("000002-meeting-12.zip"))).isEqualTo(before);
    }

    @Test
    void theDirectoryIsCreatedWhenMissing() throws IOException {
        Path nested = directory.resolve("data/archive");

        Chains.write(nested, 1);

        assertThat(nested.resolve("000001-meeting-11.zip")).isRegularFile();
    }

    @Test
    void twoFilesOfTheSameNameAreRefused() {
        List<ArchiveFile> files = List.of(new ArchiveFile("a.json", "1".getBytes(UTF_8)), new ArchiveFile("a.json", "2".getBytes(UTF_8)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArchivePackages.write(directory, 1, 5, "t", Chains.SEALED_AT, files, ChainLink.FIRST))
                .withMessageContaining("a.json");
    }

    @Test
    void theFirstPackageLinksToNothingAndEveryOtherToItsPredecessor() {
        ChainLink link = new ChainLink("000001-meeting-4.zip", "0".repeat(64));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArchivePackages.write(directory, 1, 5, "t", Chains.SEALED_AT, List.of(), link));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArchivePackages.write(directory, 2, 5, "t", Chains.SEALED_AT, List.of(), ChainLink.FIRST));
    }
}
