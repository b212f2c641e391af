-- Audit records waiting to be sealed into the hash chain (issue 7, benchmark 1). A change writes its record here,
-- without locking anything; the sealer (one at a time: it holds audit_head) appends the waiting records to
-- audit_entry, oldest first, and deletes them. Before, every change locked audit_head until it committed, so
-- the casts of 64 voters ran one at a time.
-- EclipseLink takes ids 50 at a time (the entity's allocationSize) and wants the first value to be at least 50.
CREATE SEQUENCE audit_pending_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_pending (
    id            BIGINT          NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)     NOT NULL,
    action        VARCHAR(64)     NOT NULL,
    subject_type  VARCHAR(32)     NOT NULL,
    subject_id    VARCHAR(64),
    before_state  VARCHAR(1000000),
    after_state   VARCHAR(1000000)
);
