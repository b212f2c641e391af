package org.icsse.governance.domain.archive;

/**
 * The end of the archive chain: the sequence of the last package sealed (0 before the first), its file and the
 * SHA-256 of its manifest, which the next package names.
 */
public record ChainHead(long lastSequence, String lastPackage, String lastManifestSha256) {

    public ChainHead {
        if (lastSequence < 0) {
            throw new IllegalArgumentException("lastSequence must not be negative");
        }
        if ((lastSequence == 0) != (lastManifestSha256 == null)) {
            throw new IllegalArgumentException("an empty chain has no last manifest, any other has one");
        }
    }

    public boolean empty() {
        return lastSequence == 0;
    }

    public long nextSequence() {
        return lastSequence + 1;
    }
}
