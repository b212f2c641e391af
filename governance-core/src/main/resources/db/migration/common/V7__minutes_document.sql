-- The minutes as approved, rendered once as a PDF in English (the coalition's language of record) in the
-- transaction that approves them: the document the archive seals, byte for byte. Minutes approved before this
-- version have none; the archive renders theirs when it seals them, as it did before.
CREATE TABLE minutes_document (
    meeting_id  BIGINT      NOT NULL PRIMARY KEY,
    pdf         BYTEA       NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    rendered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT minutes_document_minutes_fk FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id)
);
