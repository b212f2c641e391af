package org.icsse.governance.application.archive;

/**
 * What can be wrong with an archive package or a chain of them. The name is also the suffix of the message key a page
 * shows it under, as in {@code archive.problem.HASH_MISMATCH}.
 */
public enum ProblemKind {
    /** The chain's directory holds no package, or does not exist. */
    NO_PACKAGES,
    /** The file is not a readable zip: truncated, garbled, or not a zip at all. */
    UNREADABLE_PACKAGE,
    /** The zip has no {@code manifest.json}. */
    MISSING_MANIFEST,
    /** {@code manifest.json} is not a valid manifest. */
    MALFORMED_MANIFEST,
    /** The package's file name does not carry the sequence and meeting its manifest names. */
    MISNAMED_PACKAGE,
    /** The zip holds two entries of the same name, so what a reader sees depends on the reader. */
    DUPLICATE_ENTRY,
    /** A file the manifest lists is not in the zip. */
    MISSING_FILE,
    /** A file in the zip is not listed in the manifest. */
    UNLISTED_FILE,
    /** A file's size differs from the one listed. */
    SIZE_MISMATCH,
    /** A file's SHA-256 differs from the one listed. */
    HASH_MISMATCH,
    /** The packages' sequences, taken from their file names, skip a number or repeat one. */
    SEQUENCE_GAP,
    /** A package's {@code previous} does not name the package before it and the SHA-256 of that package's manifest. */
    BROKEN_LINK
}
