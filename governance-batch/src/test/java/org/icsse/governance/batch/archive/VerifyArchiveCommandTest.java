package org.icsse.governance.batch.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.icsse.governance.application.archive.ArchiveFile;
import org.icsse.governance.application.archive.ArchivePackages;
import org.icsse.governance.application.archive.ChainLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyArchiveCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeChainOfTwo() throws IOException {
        ChainLink link = ChainLink.FIRST;
        for (int sequence = 1; sequence <= 2; sequence++) {
            List<ArchiveFile> files = List.of(
                    new ArchiveFile("minutes.pdf", ("%PDF minutes " + sequence).getBytes(UTF_8)),
                    new ArchiveFile("records/ballots.json", "{\"ballots\":[]}".getBytes(UTF_8)),
                    new ArchiveFile("votes/roll-call.csv", "network,choice\n".getBytes(UTF_8)));
            link = ArchivePackages.write(directory, sequence, 40 + sequence, "Board " + sequence,
                    java.time.Instant.parse("2026-11-30T18:00:00Z"), files, link).linkForNext();
        }
    }

    private int run(String... args) {
        return VerifyArchiveCommand.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    private String out() {
        return out.toString(UTF_8);
    }

    private String err() {
        return err.toString(UTF_8);
    }

    @Test
    void aSoundChainExitsZeroWithASummary() {
        assertThat(run(directory.toString())).isEqualTo(VerifyArchiveCommand.VALID);
        assertThat(out()).isEqualTo("Chain of 2 packages verified: 6 files, every hash and link matches." + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void aSoundPackageExitsZero() {
        assertThat(run(directory.resolve("000002-meeting-42.zip").toString())).isEqualTo(VerifyArchiveCommand.VALID);
        assertThat(out()).startsWith("Package verified: 3 files, every hash matches.");
    }

    @Test
    void aTamperedPackageExitsOneNamingTheFileThatDoesNotMatch() throws IOException {
        Path zip = directory.resolve("000002-meeting-42.zip");
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length - 30));

        assertThat(run(directory.toString())).isEqualTo(VerifyArchiveCommand.PROBLEM);
        assertThat(out()).startsWith("000002-meeting-42.zip: cannot be read as a zip archive")
                .contains("Verification failed; sound before this problem: 1 package, 3 files.");
    }

    @Test
    void aDeletedPackageExitsOneNamingTheGap() throws IOException {
        Files.delete(directory.resolve("000001-meeting-41.zip"));

        assertThat(run(directory.toString())).isEqualTo(VerifyArchiveCommand.PROBLEM);
        assertThat(out()).startsWith("000002-meeting-42.zip: the chain is not numbered 1, 2, 3… without a gap (expected package 1, found 2)");
    }

    @Test
    void anEmptyDirectoryIsAProblemNotASuccess() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));

        assertThat(run(empty.toString())).isEqualTo(VerifyArchiveCommand.PROBLEM);
        assertThat(out()).startsWith(empty + ": no archive package found");
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertThat(run(directory.resolve("nowhere").toString())).isEqualTo(VerifyArchiveCommand.USAGE);
        assertThat(err()).startsWith("No such package or directory: ").contains("Usage: ");
        assertThat(out()).isEmpty();
    }

    @Test
    void moreThanOnePathOrAnUnknownOptionIsAUsageError() {
        assertThat(run("a", "b")).isEqualTo(VerifyArchiveCommand.USAGE);
        assertThat(run("--verbose")).isEqualTo(VerifyArchiveCommand.USAGE);
        assertThat(err()).contains("Usage: java -jar governance-archive-verify.jar");
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertThat(run("--help")).isEqualTo(VerifyArchiveCommand.VALID);
        assertThat(out()).contains("Exit status: 0 every hash and link matches, 1 a problem was found, 2 usage error.");
    }
}
