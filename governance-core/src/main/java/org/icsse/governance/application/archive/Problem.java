package org.icsse.governance.application.archive;

import java.util.Objects;

/**
 * The first thing found wrong by the verifier.
 *
 * @param kind        what is wrong
 * @param packageFile the package's file name (for {@link ProblemKind#NO_PACKAGES}, the directory)
 * @param entry       the entry inside the package it concerns, or {@code null} when none does
 * @param expected    what was expected, where that applies, else {@code null}
 * @param actual      what was found, where that applies, else {@code null}
 */
public record Problem(ProblemKind kind, String packageFile, String entry, String expected, String actual) {

    /** A kind and a package are always named. */
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(packageFile, "packageFile");
    }

    /**
     * An English sentence for the command line that names the package and the entry or link, such as
     * {@code 000003-meeting-17.zip: records/ballots.json does not match its SHA-256 in the manifest (expected …, found …)}.
     * A page translates {@link #kind()} instead.
     */
    public String describe() {
        return packageFile + ": " + switch (kind) {
            case NO_PACKAGES -> "no archive package found" + (actual == null ? "" : " (" + actual + ")");
            case UNREADABLE_PACKAGE -> "cannot be read as a zip archive (" + actual + ")";
            case MISSING_MANIFEST -> ArchiveFile.MANIFEST_NAME + " is missing";
            case MALFORMED_MANIFEST -> ArchiveFile.MANIFEST_NAME + " is malformed: " + actual;
            case MISNAMED_PACKAGE -> "the file name does not match the manifest (expected " + expected + ", found " + actual + ")";
            case DUPLICATE_ENTRY -> entry + " appears more than once in the zip";
            case MISSING_FILE -> entry + " is listed in the manifest but missing from the package";
            case UNLISTED_FILE -> entry + " is in the package but not listed in the manifest";
            case SIZE_MISMATCH -> entry + " does not match its size in the manifest (expected " + expected + " bytes, found " + actual + ")";
            case HASH_MISMATCH -> entry + " does not match its SHA-256 in the manifest (expected " + expected + ", found " + actual + ")";
            case SEQUENCE_GAP -> "the chain is not numbered 1, 2, 3… without a gap (expected package " + expected + ", found " + actual + ")";
            case BROKEN_LINK -> "the link to the previous package does not match (expected " + expected + ", found " + actual + ")";
        };
    }
}
