package org.icsse.governance.batch.archive;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.icsse.governance.application.archive.ArchiveVerifier;
import org.icsse.governance.application.archive.Verification;

/**
 * Checks an archive package, or a directory of them as one chain, and says whether every hash and link matches:
 * {@code java -jar governance-archive-verify.jar [package.zip | directory]}, the directory {@code data/archive} by
 * default. Exits 0 when all is sound, 1 when a problem was found (the first one is printed), 2 on a usage error.
 */
public final class VerifyArchiveCommand {

    /** Exit status: every hash and link matches. */
    public static final int VALID = 0;
    /** Exit status: a problem was found. */
    public static final int PROBLEM = 1;
    /** Exit status: the command was called wrongly, or the path does not exist. */
    public static final int USAGE = 2;

    /** Where the application keeps its packages, relative to its working directory. */
    public static final String DEFAULT_DIRECTORY = "data/archive";

    private static final String USAGE_TEXT = """
            Usage: java -jar governance-archive-verify.jar [PACKAGE.zip | DIRECTORY]
            Checks one archive package, or every package of a directory as one chain (default: %s).
            Exit status: 0 every hash and link matches, 1 a problem was found, 2 usage error.""".formatted(DEFAULT_DIRECTORY);

    private VerifyArchiveCommand() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param out where the verdict goes
     * @param err where usage errors go
     * @return the exit status: {@link #VALID}, {@link #PROBLEM} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE_TEXT);
            return VALID;
        }
        if (args.length > 1 || (args.length == 1 && (args[0].isBlank() || args[0].startsWith("-")))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path path;
        try {
            path = Path.of(args.length == 0 ? DEFAULT_DIRECTORY : args[0]);
        } catch (InvalidPathException e) {
            err.println("Not a valid path: " + e.getInput());
            return USAGE;
        }
        if (Files.isDirectory(path)) {
            return report(ArchiveVerifier.verifyChain(path), true, out);
        }
        if (Files.isRegularFile(path)) {
            return report(ArchiveVerifier.verifyPackage(path), false, out);
        }
        err.println("No such package or directory: " + path);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static int report(Verification verification, boolean chain, PrintStream out) {
        if (verification.firstProblem().isPresent()) {
            out.println(verification.firstProblem().get().describe());
            out.println("Verification failed; sound before this problem: " + packages(verification.packagesChecked())
                    + ", " + files(verification.filesChecked()) + ".");
            return PROBLEM;
        }
        if (chain) {
            out.println("Chain of " + packages(verification.packagesChecked()) + " verified: "
                    + files(verification.filesChecked()) + ", every hash and link matches.");
        } else {
            out.println("Package verified: " + files(verification.filesChecked()) + ", every hash matches.");
        }
        return VALID;
    }

    private static String packages(int count) {
        return count + (count == 1 ? " package" : " packages");
    }

    private static String files(long count) {
        return count + (count == 1 ? " file" : " files");
    }
}
