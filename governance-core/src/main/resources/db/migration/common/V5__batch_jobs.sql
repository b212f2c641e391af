-- What the batch jobs keep: the archive chain, the reminders sent, and the locks that make a scheduled
-- run fire once per cluster. One script for H2 and PostgreSQL.

-- The archive: one package per archived meeting, chained in the order they were sealed. The row of
-- sequence 0 is the head of the chain, locked by whoever seals the next package (two servers archiving at
-- once take turns, so the chain never forks).
CREATE TABLE archive_head (
    id              INTEGER     NOT NULL PRIMARY KEY,
    last_sequence   BIGINT      NOT NULL,
    last_package    VARCHAR(64),
    last_manifest   VARCHAR(64),
    CONSTRAINT archive_head_single CHECK (id = 1),
    CONSTRAINT archive_head_sequence_check CHECK (last_sequence >= 0)
);
INSERT INTO archive_head (id, last_sequence, last_package, last_manifest) VALUES (1, 0, NULL, NULL);

CREATE TABLE archive_package (
    meeting_id       BIGINT      NOT NULL PRIMARY KEY,
    sequence         BIGINT      NOT NULL,
    file_name        VARCHAR(64) NOT NULL,
    manifest_sha256  VARCHAR(64) NOT NULL,
    previous_sha256  VARCHAR(64),
    size_bytes       BIGINT      NOT NULL,
    files            INTEGER     NOT NULL,
    secret_ballots   INTEGER     NOT NULL,
    sealed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_by        VARCHAR(64) NOT NULL,
    CONSTRAINT archive_package_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT archive_package_sequence_unique UNIQUE (sequence),
    CONSTRAINT archive_package_file_unique UNIQUE (file_name),
    CONSTRAINT archive_package_sequence_check CHECK (sequence >= 1),
    -- the first package starts the chain; every later one names the manifest before it
    CONSTRAINT archive_package_chain_check CHECK ((sequence = 1) = (previous_sha256 IS NULL))
);

-- A reminder sent for a remote ballot to the delegates of a network that had not voted: at most one per
-- ballot and network, whatever runs the job and how often.
CREATE TABLE ballot_reminder (
    ballot_id   BIGINT  NOT NULL,
    network_id  BIGINT  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients  INTEGER NOT NULL,
    CONSTRAINT ballot_reminder_pk PRIMARY KEY (ballot_id, network_id),
    CONSTRAINT ballot_reminder_elector_fk FOREIGN KEY (ballot_id, network_id)
        REFERENCES ballot_elector (ballot_id, network_id),
    CONSTRAINT ballot_reminder_recipients_check CHECK (recipients >= 0)
);

-- ShedLock's table (net.javacrumbs.shedlock JdbcLockProvider): a scheduled run of a job is started by the
-- one server that takes the job's row until lock_until.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
