package org.icsse.governance.domain.meeting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The minutes of a meeting as approved, as a PDF in the coalition's language of record, rendered once in the
 * transaction that approved them and kept as they are (PostgreSQL refuses to change or delete one): the document
 * the archive seals. Minutes approved before documents were kept have none.
 */
@Entity
@Table(name = "minutes_document")
public class MinutesDocument {

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "rendered_at", nullable = false, updatable = false)
    private Instant renderedAt;

    protected MinutesDocument() {
        // for JPA
    }

    /** The document of approved minutes: a copy of the bytes is kept, with their SHA-256. */
    public static MinutesDocument approved(Minutes minutes, byte[] pdf, Instant renderedAt) {
        if (!minutes.isApproved()) {
            throw new IllegalStateException("minutes of meeting " + minutes.meetingId() + " are not approved");
        }
        MinutesDocument document = new MinutesDocument();
        document.meetingId = minutes.meetingId();
        document.pdf = Objects.requireNonNull(pdf, "pdf").clone();
        document.sha256 = sha256(document.pdf);
        document.renderedAt = Objects.requireNonNull(renderedAt, "renderedAt");
        return document;
    }

    public long meetingId() {
        return meetingId;
    }

    /** A copy of the document's bytes. */
    public byte[] pdf() {
        return pdf.clone();
    }

    public String sha256() {
        return sha256;
    }

    public Instant renderedAt() {
        return renderedAt;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
