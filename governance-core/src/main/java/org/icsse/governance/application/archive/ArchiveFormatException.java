package org.icsse.governance.application.archive;

/** Thrown when bytes that should be an archive manifest are not one; the message says what is wrong. */
public class ArchiveFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message that names what is wrong. */
    public ArchiveFormatException(String message) {
        super(message);
    }

    /** With a message that names what is wrong, and the parser's own complaint. */
    public ArchiveFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
