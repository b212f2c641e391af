package org.icsse.governance.application.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks archive packages, alone or as a chain, and names the first file or link that does not match. It never
 * throws for a damaged package: a zip that cannot be read is a {@link ProblemKind#UNREADABLE_PACKAGE}. Entries are
 * streamed through the hash, and no entry is read past the size its manifest lists, so a zip bomb costs nothing.
 */
public final class ArchiveVerifier {

    /** The largest manifest read: far above what a meeting's files need, far below what would strain memory. */
    static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

    private ArchiveVerifier() {
    }

    /**
     * Checks one package: the manifest is present and well-formed, every file it lists is in the zip with the listed
     * size and SHA-256, and the zip holds no file the manifest does not list. When the file is named like a package,
     * its name must also carry the manifest's sequence and meeting.
     */
    public static Verification verifyPackage(Path zip) {
        Inspection inspection = inspect(zip);
        return new Verification(inspection.sound() ? 1 : 0, inspection.filesChecked(), inspection.problem());
    }

    /**
     * Checks every package of a directory (the files named like {@code 000001-meeting-4.zip}) as one chain: each
     * package as {@link #verifyPackage} does; sequences 1, 2, 3… without gap or repeat; the first package linking
     * to none, and each other one naming the package before it and the SHA-256 of that package's manifest bytes.
     * A directory without packages is a {@link ProblemKind#NO_PACKAGES}.
     */
    public static Verification verifyChain(Path directory) {
        List<Path> packages;
        try {
            packages = packagesIn(directory);
        } catch (IOException e) {
            return new Verification(0, 0, Optional.of(new Problem(ProblemKind.NO_PACKAGES, directory.toString(), null, null,
                    "cannot list the directory: " + e.getMessage())));
        }
        if (packages.isEmpty()) {
            return new Verification(0, 0, Optional.of(new Problem(ProblemKind.NO_PACKAGES, directory.toString(), null, null, null)));
        }
        int packagesChecked = 0;
        long filesChecked = 0;
        ChainLink expectedLink = ChainLink.FIRST;
        for (Path file : packages) {
            String name = file.getFileName().toString();
            long sequence = ArchivePackages.sequenceOf(name);
            long expectedSequence = packagesChecked + 1L;
            if (sequence != expectedSequence) {
                return new Verification(packagesChecked, filesChecked, Optional.of(new Problem(ProblemKind.SEQUENCE_GAP, name, null,
                        String.valueOf(expectedSequence), sequence < expectedSequence ? sequence + " again" : String.valueOf(sequence))));
            }
            Inspection inspection = inspect(file);
            filesChecked += inspection.filesChecked();
            if (!inspection.sound()) {
                return new Verification(packagesChecked, filesChecked, inspection.problem());
            }
            ChainLink link = inspection.manifest().previous();
            if (!link.equals(expectedLink)) {
                return new Verification(packagesChecked, filesChecked, Optional.of(new Problem(ProblemKind.BROKEN_LINK, name, null,
                        describe(expectedLink), describe(link))));
            }
            packagesChecked++;
            expectedLink = new ChainLink(name, inspection.manifestSha256());
        }
        return new Verification(packagesChecked, filesChecked, Optional.empty());
    }

    private static List<Path> packagesIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("not a directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> ArchivePackages.sequenceOf(file.getFileName().toString()) > 0)
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparingLong((Path file) -> ArchivePackages.sequenceOf(file.getFileName().toString()))
                            .thenComparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    private static String describe(ChainLink link) {
        return link.isFirst() ? "no previous package"
                : link.previousPackage() + " with manifest SHA-256 " + link.previousManifestSha256();
    }

    /** What one package held: its manifest when sound, how many files matched, and the first problem if any. */
    private record Inspection(ArchiveManifest manifest, String manifestSha256, long filesChecked, Optional<Problem> problem) {

        static Inspection sound(ArchiveManifest manifest, String manifestSha256, long filesChecked) {
            return new Inspection(manifest, manifestSha256, filesChecked, Optional.empty());
        }

        static Inspection failed(long filesChecked, Problem problem) {
            return new Inspection(null, null, filesChecked, Optional.of(problem));
        }

        boolean sound() {
            return problem.isEmpty();
        }
    }

    private static Inspection inspect(Path path) {
        String name = String.valueOf(path.getFileName());
        long filesChecked = 0;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            List<String> entryNames = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String entryName = entries.nextElement().getName();
                if (!seen.add(entryName)) {
                    return Inspection.failed(0, new Problem(ProblemKind.DUPLICATE_ENTRY, name, entryName, null, null));
                }
                entryNames.add(entryName);
            }

            ZipEntry manifestEntry = entry(zip, ArchiveFile.MANIFEST_NAME);
            if (manifestEntry == null) {
                return Inspection.failed(0, new Problem(ProblemKind.MISSING_MANIFEST, name, ArchiveFile.MANIFEST_NAME, null, null));
            }
            byte[] manifestBytes = readAtMost(zip, manifestEntry, MAX_MANIFEST_BYTES);
            if (manifestBytes == null) {
                return Inspection.failed(0, new Problem(ProblemKind.MALFORMED_MANIFEST, name, ArchiveFile.MANIFEST_NAME, null,
                        "larger than " + MAX_MANIFEST_BYTES + " bytes"));
            }
            ArchiveManifest manifest;
            try {
                manifest = ArchiveManifest.parse(manifestBytes);
            } catch (ArchiveFormatException e) {
                return Inspection.failed(0, new Problem(ProblemKind.MALFORMED_MANIFEST, name, ArchiveFile.MANIFEST_NAME, null, e.getMessage()));
            }
            if (ArchivePackages.sequenceOf(name) > 0) {
                String named = ArchivePackages.fileName(manifest.sequence(), manifest.meetingId());
                if (!named.equals(name)) {
                    return Inspection.failed(0, new Problem(ProblemKind.MISNAMED_PACKAGE, name, null, named, name));
                }
            }

            Set<String> listed = new HashSet<>();
            listed.add(ArchiveFile.MANIFEST_NAME);
            for (ArchiveManifest.Entry file : manifest.files()) {
                listed.add(file.name());
                Optional<Problem> mismatch = check(zip, name, file);
                if (mismatch.isPresent()) {
                    return Inspection.failed(filesChecked, mismatch.get());
                }
                filesChecked++;
            }
            for (String entryName : entryNames) {
                if (!listed.contains(entryName)) {
                    return Inspection.failed(filesChecked, new Problem(ProblemKind.UNLISTED_FILE, name, entryName, null, null));
                }
            }
            return Inspection.sound(manifest, ArchivePackages.sha256(manifestBytes), filesChecked);
        } catch (IOException | RuntimeException e) {
            // a truncated or garbled zip: whatever the zip reader throws, the package cannot be read
            return Inspection.failed(filesChecked, new Problem(ProblemKind.UNREADABLE_PACKAGE, name, null, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    /** The entry of exactly that name; {@link ZipFile#getEntry} would also answer with a folder {@code name + "/"}. */
    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && entry.getName().equals(name) ? entry : null;
    }

    private static Optional<Problem> check(ZipFile zip, String packageName, ArchiveManifest.Entry file) throws IOException {
        ZipEntry entry = entry(zip, file.name());
        if (entry == null) {
            return Optional.of(new Problem(ProblemKind.MISSING_FILE, packageName, file.name(), null, null));
        }
        MessageDigest digest = ArchivePackages.sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > file.size()) {
                    // stop here: whatever follows, possibly gigabytes of a zip bomb, is not what was sealed
                    return Optional.of(new Problem(ProblemKind.SIZE_MISMATCH, packageName, file.name(),
                            String.valueOf(file.size()), "more than " + file.size()));
                }
                digest.update(buffer, 0, read);
            }
        }
        if (size != file.size()) {
            return Optional.of(new Problem(ProblemKind.SIZE_MISMATCH, packageName, file.name(),
                    String.valueOf(file.size()), String.valueOf(size)));
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!sha256.equals(file.sha256())) {
            return Optional.of(new Problem(ProblemKind.HASH_MISMATCH, packageName, file.name(), file.sha256(), sha256));
        }
        return Optional.empty();
    }

    /** The entry's bytes, or {@code null} when it has more than {@code limit}. */
    private static byte[] readAtMost(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }
}
