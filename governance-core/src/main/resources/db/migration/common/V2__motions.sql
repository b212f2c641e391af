-- Motions and their amendments (one table, told apart by kind), their seconds, versions and
-- translations, and the counters that number them per body and year.
-- One script for H2 and PostgreSQL: only SQL both understand.

-- Ids are drawn one at a time by the repository (SELECT nextval('motion_seq'), understood by both).
CREATE SEQUENCE motion_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE motion (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    kind                VARCHAR(16)    NOT NULL,
    body_id             BIGINT         NOT NULL,
    body_code           VARCHAR(8)     NOT NULL,
    proposer_network_id BIGINT         NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    number              VARCHAR(20),
    number_year         INTEGER,
    number_sequence     INTEGER,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    title               VARCHAR(200)    NOT NULL,
    text                VARCHAR(100000) NOT NULL,
    rationale           VARCHAR(20000),
    language            VARCHAR(2),
    drafted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    amends_id           BIGINT,
    paragraph           INTEGER,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT motion_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT motion_proposer_fk FOREIGN KEY (proposer_network_id) REFERENCES member_network (id),
    CONSTRAINT motion_amends_fk FOREIGN KEY (amends_id) REFERENCES motion (id),
    -- no duplicate numbers: one per body, year and sequence, and one spelling
    CONSTRAINT motion_number_unique UNIQUE (body_id, number_year, number_sequence),
    CONSTRAINT motion_number_text_unique UNIQUE (number),
    CONSTRAINT motion_kind_check CHECK (kind IN ('MOTION', 'AMENDMENT')),
    CONSTRAINT motion_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'ADMITTED', 'ON_AGENDA', 'VOTING',
        'ADOPTED', 'REJECTED', 'WITHDRAWN', 'POSTPONED')),
    -- a draft has no number; anything past a draft has all of it
    CONSTRAINT motion_number_when_submitted CHECK (
        (status = 'DRAFT' AND number IS NULL AND number_year IS NULL AND number_sequence IS NULL AND submitted_at IS NULL)
        OR (status <> 'DRAFT' AND number IS NOT NULL AND number_year IS NOT NULL AND number_sequence >= 1
            AND submitted_at IS NOT NULL)),
    -- a motion has a language and amends nothing; an amendment amends a motion
    CONSTRAINT motion_kind_shape CHECK (
        (kind = 'MOTION' AND amends_id IS NULL AND paragraph IS NULL AND language IN ('EN', 'FR', 'ES'))
        OR (kind = 'AMENDMENT' AND amends_id IS NOT NULL AND (paragraph IS NULL OR paragraph >= 1))),
    CONSTRAINT motion_title_not_blank CHECK (LENGTH(TRIM(title)) > 0),
    CONSTRAINT motion_text_not_blank CHECK (LENGTH(TRIM(text)) > 0)
);
CREATE INDEX motion_body_status_idx ON motion (body_id, status);
CREATE INDEX motion_amends_idx ON motion (amends_id);
CREATE INDEX motion_proposer_idx ON motion (proposer_network_id);

CREATE TABLE motion_second (
    motion_id   BIGINT  NOT NULL,
    position    INTEGER NOT NULL,
    network_id  BIGINT  NOT NULL,
    seconded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT motion_second_pk PRIMARY KEY (motion_id, position),
    -- a network seconds once
    CONSTRAINT motion_second_once UNIQUE (motion_id, network_id),
    CONSTRAINT motion_second_motion_fk FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT motion_second_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id)
);
CREATE INDEX motion_second_network_idx ON motion_second (network_id);

CREATE TABLE motion_version (
    motion_id         BIGINT          NOT NULL,
    number            INTEGER         NOT NULL,
    title             VARCHAR(200)    NOT NULL,
    text              VARCHAR(100000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    author_network_id BIGINT          NOT NULL,
    amendment_number  VARCHAR(20),
    CONSTRAINT motion_version_pk PRIMARY KEY (motion_id, number),
    CONSTRAINT motion_version_number_check CHECK (number >= 1),
    CONSTRAINT motion_version_motion_fk FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT motion_version_author_fk FOREIGN KEY (author_network_id) REFERENCES member_network (id)
);

CREATE TABLE motion_translation (
    motion_id     BIGINT          NOT NULL,
    position      INTEGER         NOT NULL,
    language      VARCHAR(2)      NOT NULL,
    title         VARCHAR(200)    NOT NULL,
    text          VARCHAR(100000) NOT NULL,
    official      BOOLEAN         NOT NULL,
    of_version    INTEGER         NOT NULL,
    translated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT motion_translation_pk PRIMARY KEY (motion_id, position),
    CONSTRAINT motion_translation_language_once UNIQUE (motion_id, language),
    CONSTRAINT motion_translation_language_check CHECK (language IN ('EN', 'FR', 'ES')),
    CONSTRAINT motion_translation_motion_fk FOREIGN KEY (motion_id) REFERENCES motion (id)
);

-- The last sequence given per body and year. Submitting increments its row inside the submitting
-- transaction: the row lock makes concurrent submissions wait for each other, and a rolled-back
-- submission rolls its increment back, so numbers have neither gaps nor duplicates.
CREATE TABLE motion_counter (
    body_id       BIGINT  NOT NULL,
    counter_year  INTEGER NOT NULL,
    last_sequence INTEGER NOT NULL,
    CONSTRAINT motion_counter_pk PRIMARY KEY (body_id, counter_year),
    CONSTRAINT motion_counter_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT motion_counter_sequence_check CHECK (last_sequence >= 0)
);
