package org.icsse.governance.application.archive;

import java.util.regex.Pattern;

/**
 * The link from a package to the one before it in the chain.
 *
 * @param previousPackage        the file name of the package before, such as {@code 000002-meeting-14.zip};
 *                               {@code null} for the first package
 * @param previousManifestSha256 the SHA-256 of that package's {@code manifest.json} bytes, lowercase hex;
 *                               {@code null} for the first package
 */
public record ChainLink(String previousPackage, String previousManifestSha256) {

    /** The link of the first package: there is nothing before it. */
    public static final ChainLink FIRST = new ChainLink(null, null);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Both parts given, or neither; the hash is 64 lowercase hex digits. */
    public ChainLink {
        if ((previousPackage == null) != (previousManifestSha256 == null)) {
            throw new IllegalArgumentException("A chain link names both the previous package and its manifest's SHA-256, or neither");
        }
        if (previousPackage != null && previousPackage.isBlank()) {
            throw new IllegalArgumentException("The previous package's file name is blank");
        }
        if (previousManifestSha256 != null && !SHA256_HEX.matcher(previousManifestSha256).matches()) {
            throw new IllegalArgumentException("'" + previousManifestSha256 + "' is not a SHA-256 in lowercase hex (64 digits)");
        }
    }

    /** Whether this is the link of the first package. */
    public boolean isFirst() {
        return previousPackage == null;
    }

    /** Whether a hash is 64 lowercase hex digits. */
    static boolean isSha256Hex(String hash) {
        return hash != null && SHA256_HEX.matcher(hash).matches();
    }
}
