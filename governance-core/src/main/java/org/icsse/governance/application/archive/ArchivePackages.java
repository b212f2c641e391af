package org.icsse.governance.application.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Names and writes archive packages: one zip per sealed meeting, its manifest first. */
public final class ArchivePackages {

    /** What the name of a package file looks like: its sequence (six digits or more) and its meeting's id. */
    public static final Pattern FILE_NAME = Pattern.compile("(\\d{6,})-meeting-(\\d+)\\.zip");

    /**
     * A package as written.
     *
     * @param file           where it is
     * @param manifestSha256 the SHA-256 of its {@code manifest.json} bytes, lowercase hex: what the next package links to
     * @param sizeBytes      the size of the zip
     */
    public record SealedPackage(Path file, String manifestSha256, long sizeBytes) {

        /** The link the next package of the chain carries to this one. */
        public ChainLink linkForNext() {
            return new ChainLink(file.getFileName().toString(), manifestSha256);
        }
    }

    private ArchivePackages() {
    }

    /** The file name of a package, {@code 000003-meeting-17.zip}, so that directory order is chain order. */
    public static String fileName(long sequence, long meetingId) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A package's sequence starts at 1, not " + sequence);
        }
        if (meetingId < 0) {
            throw new IllegalArgumentException("A meeting id is not negative: " + meetingId);
        }
        return String.format("%06d-meeting-%d.zip", sequence, meetingId);
    }

    /**
     * Writes a package into a directory, which is created if missing: {@code manifest.json} first, then the files in
     * the order given. Every entry carries {@code sealedAt} as its time, so the same input gives the same bytes. The
     * zip is written to a temporary file in the same directory and then moved into place, replacing a package of the
     * same name, so that a crash never leaves a half-written package under the final name.
     *
     * @param previous {@link ChainLink#FIRST} for sequence 1, the link to the package before for any other
     * @return the package's path, its manifest's SHA-256 and its size
     * @throws IllegalArgumentException when two files have the same name, or the link does not fit the sequence
     */
    public static SealedPackage write(Path directory, long sequence, long meetingId, String meetingTitle, Instant sealedAt,
                                      List<ArchiveFile> files, ChainLink previous) throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(previous, "previous (ChainLink.FIRST for the first package)");
        if ((sequence == 1) != previous.isFirst()) {
            throw new IllegalArgumentException(sequence == 1
                    ? "The first package of a chain links to no previous package"
                    : "Package " + sequence + " needs the link to package " + (sequence - 1));
        }
        String fileName = fileName(sequence, meetingId);
        List<ArchiveManifest.Entry> entries = new ArrayList<>(files.size());
        Set<String> names = new HashSet<>();
        for (ArchiveFile file : files) {
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("Two files of package " + fileName + " are named " + file.name());
            }
            entries.add(new ArchiveManifest.Entry(file.name(), file.size(), sha256(file.bytes())));
        }
        byte[] manifest = new ArchiveManifest(sequence, meetingId, meetingTitle, sealedAt, entries, previous).toJson();

        Files.createDirectories(directory);
        Path target = directory.resolve(fileName);
        Path temporary = Files.createTempFile(directory, "." + fileName + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                ZipOutputStream zip = new ZipOutputStream(out);
                LocalDateTime time = LocalDateTime.ofInstant(sealedAt, ZoneOffset.UTC);
                put(zip, ArchiveFile.MANIFEST_NAME, manifest, time);
                for (ArchiveFile file : files) {
                    put(zip, file.name(), file.bytes(), time);
                }
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new SealedPackage(target, sha256(manifest), Files.size(target));
    }

    /** The sequence a package file's name carries, or -1 when the name is not a package's. */
    static long sequenceOf(String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            return -1;
        }
        try {
            return Long.parseLong(name.group(1));
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    /** SHA-256 in lowercase hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // local time as it stands, with no conversion through the machine's time zone: the bytes do not depend on it
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // only on file systems without an atomic rename; the temporary file is in the same directory, so rare
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
