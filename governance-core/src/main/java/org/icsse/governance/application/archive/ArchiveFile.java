package org.icsse.governance.application.archive;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of an archive package, as it will be stored.
 *
 * @param name    its path inside the package, such as {@code records/agenda.json}: segments separated by {@code /},
 *                none empty, {@code .} or {@code ..}; no backslash, no control character, not {@code manifest.json}
 * @param content its bytes (copied in and out, so the file cannot change once made)
 */
public record ArchiveFile(String name, byte[] content) {

    /** The one name a file of the package cannot have: it is the package's own manifest. */
    public static final String MANIFEST_NAME = "manifest.json";

    /** Checks the name and copies the content. */
    public ArchiveFile {
        checkName(name);
        Objects.requireNonNull(content, "content of " + name);
        content = content.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** How many bytes the file has. */
    public long size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchiveFile that && name.equals(that.name) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ArchiveFile[" + name + ", " + content.length + " bytes]";
    }

    /** The bytes themselves, without a copy, for the writer of this package. */
    byte[] bytes() {
        return content;
    }

    /**
     * Checks that a name can stand for a file in a package.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An archive file needs a name");
        }
        if (name.equals(MANIFEST_NAME)) {
            throw new IllegalArgumentException("'manifest.json' is the package's own manifest, not a file name to use");
        }
        if (name.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("Archive file name '" + name + "' contains a backslash; separate folders with '/'");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("Archive file name contains a control character: '" + escaped(name) + "'");
        }
        if (name.startsWith("/")) {
            throw new IllegalArgumentException("Archive file name '" + name + "' must be relative, without a leading '/'");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Archive file name '" + name
                        + "' has an empty, '.' or '..' segment; give a plain relative path such as records/agenda.json");
            }
        }
    }

    private static String escaped(String name) {
        StringBuilder shown = new StringBuilder();
        name.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? "\\u" + HexFormat.of().toHexDigits((short) c) : String.valueOf((char) c)));
        return shown.toString();
    }
}
