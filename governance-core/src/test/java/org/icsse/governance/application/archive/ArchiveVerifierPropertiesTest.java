package org.icsse.governance.application.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Whatever the files, a package written verifies, and any single flipped byte of any file is found and named. */
class ArchiveVerifierPropertiesTest {

    private Path directory;

    @BeforeProperty
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("archive-property");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<List<ArchiveFile>> fileSets() {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.é").ofMinLength(1).ofMaxLength(8)
                .filter(text -> !text.equals(".") && !text.equals(".."));
        Arbitrary<String> names = segment.list().ofMinSize(1).ofMaxSize(3).map(segments -> String.join("/", segments))
                .filter(name -> !name.equals(ArchiveFile.MANIFEST_NAME));
        Arbitrary<byte[]> contents = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        return Combinators.combine(names, contents).as(ArchiveFile::new)
                .list().ofMaxSize(8).uniqueElements(ArchiveFile::name);
    }

    @Property(tries = 150)
    void whatIsWrittenVerifies(@ForAll("fileSets") List<ArchiveFile> files) throws IOException {
        ArchivePackages.SealedPackage sealed = ArchivePackages.write(directory, 1, 7, "Board", Chains.SEALED_AT, files, ChainLink.FIRST);

        Verification verification = ArchiveVerifier.verifyPackage(sealed.file());

        assertThat(verification.firstProblem()).isEmpty();
        assertThat(verification.filesChecked()).isEqualTo(files.size());
    }

    @Property(tries = 150)
    void anyFlippedByteOfAnyFileIsFoundAndNamed(@ForAll("fileSets") List<ArchiveFile> files,
                                                @ForAll int fileSeed, @ForAll int byteSeed, @ForAll byte mask) throws IOException {
        List<ArchiveFile> nonEmpty = new ArrayList<>(files.stream().filter(file -> file.size() > 0).toList());
        if (nonEmpty.isEmpty() || mask == 0) {
            return;
        }
        ArchiveFile target = nonEmpty.get(Math.floorMod(fileSeed, nonEmpty.size()));
        int index = Math.floorMod(byteSeed, (int) target.size());
        ArchivePackages.SealedPackage sealed = ArchivePackages.write(directory, 1, 7, "Board", Chains.SEALED_AT, files, ChainLink.FIRST);
        Zips.rewrite(sealed.file(), entries -> {
            byte[] content = entries.get(target.name()).clone();
            content[index] ^= mask;
            entries.put(target.name(), content);
            return entries;
        });

        Problem problem = ArchiveVerifier.verifyPackage(sealed.file()).firstProblem().orElseThrow();

        assertThat(problem.kind()).isEqualTo(ProblemKind.HASH_MISMATCH);
        assertThat(problem.packageFile()).isEqualTo("000001-meeting-7.zip");
        assertThat(problem.entry()).isEqualTo(target.name());
    }
}
