package org.icsse.governance.application.archive;

/**
 * The outcome of checking the archive, for the page: {@code problem} is null when everything matched, else the
 * kind of the first mismatch ({@link ProblemKind}'s names, or {@code NOT_RECORDED} when a package does not match
 * what the database recorded at sealing), the package file and the entry it concerns, and what was expected and
 * found.
 */
public record ArchiveCheck(boolean ok, int packagesChecked, long filesChecked, String problem, String packageFile,
        String entry, String expected, String actual, String description) {

    static ArchiveCheck empty() {
        return new ArchiveCheck(true, 0, 0, null, null, null, null, null, "The archive is empty.");
    }

    static ArchiveCheck of(Verification verification) {
        return verification.firstProblem()
                .map(p -> new ArchiveCheck(false, verification.packagesChecked(), verification.filesChecked(),
                        p.kind().name(), p.packageFile(), p.entry(), p.expected(), p.actual(), p.describe()))
                .orElse(new ArchiveCheck(true, verification.packagesChecked(), verification.filesChecked(), null, null,
                        null, null, null, "Every hash and link matches."));
    }

    static ArchiveCheck problem(String kind, String packageFile, String entry, String expected, String actual) {
        return new ArchiveCheck(false, 0, 0, kind, packageFile, entry, expected, actual,
                packageFile + (entry == null ? "" : ": " + entry) + " does not match the archive's record ("
                        + kind + (expected == null ? "" : ", expected " + expected) + (actual == null ? "" : ", found " + actual) + ")");
    }
}
