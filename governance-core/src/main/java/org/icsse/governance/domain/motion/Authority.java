package org.icsse.governance.domain.motion;

/** What a text of a motion is worth: the original is authoritative; translations help the reader. */
public enum Authority {
    /** The text as proposed and amended: the one that binds. */
    ORIGINAL,
    /** A translation the secretariat approved. */
    OFFICIAL_TRANSLATION,
    /** A translation not (yet) approved. */
    UNOFFICIAL_TRANSLATION;

    public boolean isAuthoritative() {
        return this == ORIGINAL;
    }
}
