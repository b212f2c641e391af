package org.icsse.governance.application.archive;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveVerifierTest {

    @TempDir
    Path directory;

    private List<ArchivePackages.SealedPackage> chain;

    @BeforeEach
    void writeChainOfThree() throws IOException {
        chain = Chains.write(directory, 3);
    }

    private Path first() {
        return chain.get(0).file();
    }

    private Path second() {
        return chain.get(1).file();
    }

    private Path third() {
        return chain.get(2).file();
    }

    private static Problem problemOf(Verification verification) {
        assertThat(verification.ok()).isFalse();
        return verification.firstProblem().orElseThrow();
    }

    @Test
    void aSoundPackageVerifiesOnItsOwn() {
        Verification verification = ArchiveVerifier.verifyPackage(second());

        assertThat(verification.ok()).isTrue();
        assertThat(verification.packagesChecked()).isEqualTo(1);
        assertThat(verification.filesChecked()).isEqualTo(4);
        assertThat(verification.firstProblem()).isEmpty();
    }

    @Test
    void aFlippedByteInAnEntryNamesThePackageAndTheEntry() throws IOException {
        Zips.flipByte(second(), "records/ballots.json", 5);

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem.kind()).isEqualTo(ProblemKind.HASH_MISMATCH);
        assertThat(problem.packageFile()).isEqualTo("000002-meeting-12.zip");
        assertThat(problem.entry()).isEqualTo("records/ballots.json");
        assertThat(problem.describe()).startsWith("000002-meeting-12.zip: records/ballots.json does not match its SHA-256 in the manifest (expected ")
                .contains(problem.expected()).contains(problem.actual());
    }

    @Test
    void theCountsStopAtTheFirstProblem() throws IOException {
        Zips.flipByte(second(), "records/ballots.json", 5);

        Verification verification = ArchiveVerifier.verifyChain(directory);

        assertThat(verification.packagesChecked()).isEqualTo(1);
        assertThat(verification.filesChecked()).isEqualTo(4 + 2);
    }

    @Test
    void aFlippedRawByteOfTheZipOnDiskIsFoundInThatPackage() throws IOException {
        byte[] zip = Files.readAllBytes(second());
        // the minutes are incompressible, so the deflater stores them: a byte well inside their data is a content byte
        int name = indexOf(zip, "minutes.pdf".getBytes(UTF_8));
        int extraLength = (zip[name - 2] & 0xff) | (zip[name - 1] & 0xff) << 8;
        int data = name + "minutes.pdf".length() + extraLength;
        zip[data + 1000] ^= 0x40;
        Files.write(second(), zip);

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem.kind()).isIn(ProblemKind.HASH_MISMATCH, ProblemKind.UNREADABLE_PACKAGE);
        assertThat(problem.packageFile()).isEqualTo("000002-meeting-12.zip");
    }

    @Test
    void aTruncatedZipIsUnreadableAndDoesNotThrow() throws IOException {
        byte[] zip = Files.readAllBytes(third());
        Files.write(third(), Arrays.copyOf(zip, zip.length / 2));

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem.kind()).isEqualTo(ProblemKind.UNREADABLE_PACKAGE);
        assertThat(problem.packageFile()).isEqualTo("000003-meeting-13.zip");
        assertThat(problem.describe()).startsWith("000003-meeting-13.zip: cannot be read as a zip archive");
    }

    @Test
    void aFileThatIsNoZipAtAllIsUnreadable() throws IOException {
        Files.writeString(first(), "this is not a zip");

        assertThat(problemOf(ArchiveVerifier.verifyPackage(first())).kind()).isEqualTo(ProblemKind.UNREADABLE_PACKAGE);
    }

    @Test
    void aMissingPackageFileIsUnreadable() {
        assertThat(problemOf(ArchiveVerifier.verifyPackage(directory.resolve("000009-meeting-1.zip"))).kind())
                .isEqualTo(ProblemKind.UNREADABLE_PACKAGE);
    }

    @Test
    void aRemovedFileIsMissing() throws IOException {
        Zips.rewrite(second(), entries -> {
            entries.remove("records/agenda.json");
            return entries;
        });

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem).isEqualTo(new Problem(ProblemKind.MISSING_FILE, "000002-meeting-12.zip", "records/agenda.json", null, null));
        assertThat(problem.describe())
                .isEqualTo("000002-meeting-12.zip: records/agenda.json is listed in the manifest but missing from the package");
    }

    @Test
    void anAddedFileIsUnlisted() throws IOException {
        Zips.rewrite(third(), entries -> {
            entries.put("records/extra.json", "{}".getBytes(UTF_8));
            return entries;
        });

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem).isEqualTo(new Problem(ProblemKind.UNLISTED_FILE, "000003-meeting-13.zip", "records/extra.json", null, null));
    }

    @Test
    void aSecondEntryOfTheSameNameIsRefused() throws IOException {
        // the JDK's writer refuses duplicate names, so write a look-alike name and patch it in the raw bytes
        Zips.rewrite(first(), entries -> {
            entries.put("records/agendb.json", "{}".getBytes(UTF_8));
            return entries;
        });
        byte[] zip = Files.readAllBytes(first());
        String raw = new String(zip, ISO_8859_1).replace("records/agendb.json", "records/agenda.json");
        Files.write(first(), raw.getBytes(ISO_8859_1));

        Problem problem = problemOf(ArchiveVerifier.verifyPackage(first()));

        assertThat(problem).isEqualTo(new Problem(ProblemKind.DUPLICATE_ENTRY, "000001-meeting-11.zip", "records/agenda.json", null, null));
    }

    @Test
    void aChangedManifestBreaksTheLinkOfTheNextPackage() throws IOException {
        Zips.editManifest(second(), manifest -> manifest.replace("General Assembly 2", "General Assembly II"));

        Verification verification = ArchiveVerifier.verifyChain(directory);
        Problem problem = problemOf(verification);

        assertThat(problem.kind()).isEqualTo(ProblemKind.BROKEN_LINK);
        assertThat(problem.packageFile()).isEqualTo("000003-meeting-13.zip");
        assertThat(problem.expected()).startsWith("000002-meeting-12.zip with manifest SHA-256 ");
        assertThat(problem.actual()).isEqualTo("000002-meeting-12.zip with manifest SHA-256 " + chain.get(1).manifestSha256());
        assertThat(verification.packagesChecked()).isEqualTo(2);
    }

    @Test
    void aFirstPackageThatLinksToSomethingIsABrokenLink() throws IOException {
        Zips.editManifest(first(), manifest -> manifest.replace("\"previous\":null",
                "\"previous\":{\"package\":\"000000-meeting-1.zip\",\"manifestSha256\":\"" + "0".repeat(64) + "\"}"));

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem.kind()).isEqualTo(ProblemKind.BROKEN_LINK);
        assertThat(problem.packageFile()).isEqualTo("000001-meeting-11.zip");
        assertThat(problem.expected()).isEqualTo("no previous package");
    }

    @Test
    void aDeletedMiddlePackageIsASequenceGap() throws IOException {
        Files.delete(second());

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem).isEqualTo(new Problem(ProblemKind.SEQUENCE_GAP, "000003-meeting-13.zip", null, "2", "3"));
        assertThat(problem.describe()).isEqualTo("000003-meeting-13.zip: the chain is not numbered 1, 2, 3… without a gap (expected package 2, found 3)");
    }

    @Test
    void aRenamedPackageNoLongerMatchesItsManifest() throws IOException {
        Files.move(third(), directory.resolve("000003-meeting-99.zip"));

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem).isEqualTo(new Problem(ProblemKind.MISNAMED_PACKAGE, "000003-meeting-99.zip", null,
                "000003-meeting-13.zip", "000003-meeting-99.zip"));
    }

    @Test
    void aManifestThatIsNotJsonIsMalformed() throws IOException {
        Zips.rewrite(second(), entries -> {
            entries.put("manifest.json", "{\"format\":\"icsse-archive/1\",".getBytes(UTF_8));
            return entries;
        });

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem.kind()).isEqualTo(ProblemKind.MALFORMED_MANIFEST);
        assertThat(problem.packageFile()).isEqualTo("000002-meeting-12.zip");
        assertThat(problem.describe()).startsWith("000002-meeting-12.zip: manifest.json is malformed: The manifest is not valid JSON");
    }

    @Test
    void aPackageWithoutManifestIsRefused() throws IOException {
        Zips.rewrite(first(), entries -> {
            entries.remove("manifest.json");
            return entries;
        });

        assertThat(problemOf(ArchiveVerifier.verifyChain(directory)).kind()).isEqualTo(ProblemKind.MISSING_MANIFEST);
    }

    @Test
    void aSizeThatDiffersFromTheManifestIsASizeMismatch() throws IOException {
        Zips.rewrite(first(), entries -> {
            byte[] longer = Arrays.copyOf(entries.get("votes/roll-call.csv"), entries.get("votes/roll-call.csv").length + 1);
            entries.put("votes/roll-call.csv", longer);
            return entries;
        });

        Problem problem = problemOf(ArchiveVerifier.verifyPackage(first()));

        assertThat(problem.kind()).isEqualTo(ProblemKind.SIZE_MISMATCH);
        assertThat(problem.entry()).isEqualTo("votes/roll-call.csv");
    }

    @Test
    void theFirstProblemInChainOrderIsTheOneNamed() throws IOException {
        Zips.flipByte(third(), "minutes.pdf", 0);
        Zips.flipByte(second(), "votes/roll-call.csv", 0);
        Zips.flipByte(second(), "records/agenda.json", 0);

        Problem problem = problemOf(ArchiveVerifier.verifyChain(directory));

        assertThat(problem.packageFile()).isEqualTo("000002-meeting-12.zip");
        assertThat(problem.entry()).isEqualTo("records/agenda.json");
    }

    @Test
    void filesNotNamedLikePackagesAreIgnored() throws IOException {
        Files.writeString(directory.resolve("README.txt"), "archive");
        Files.writeString(directory.resolve(".000004-meeting-14.zip.123.tmp"), "half written");

        assertThat(ArchiveVerifier.verifyChain(directory).ok()).isTrue();
    }

    @Test
    void aDirectoryWithoutPackagesIsNoChain() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));

        assertThat(problemOf(ArchiveVerifier.verifyChain(empty)).kind()).isEqualTo(ProblemKind.NO_PACKAGES);
        assertThat(problemOf(ArchiveVerifier.verifyChain(directory.resolve("missing"))).kind()).isEqualTo(ProblemKind.NO_PACKAGES);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
