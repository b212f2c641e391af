-- Ballots, their frozen electorates and votes; the decisions register; results recorded in minutes.
-- One script for H2 and PostgreSQL: only SQL both understand.
--
-- Secret ballots by construction: a vote row is keyed by an opaque slot (HMAC-SHA256 of the network id
-- under a random key of its ballot, kept apart in ballot_seal) and, for a secret ballot, carries neither
-- the network nor the time of the cast (checked below). The electorate row says *that* a network voted,
-- never how. Archiving a meeting deletes the seal and the choices, leaving the tally and the receipts.

CREATE SEQUENCE ballot_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ballot (
    id                      BIGINT      NOT NULL PRIMARY KEY,
    motion_id               BIGINT      NOT NULL,
    body_id                 BIGINT      NOT NULL,
    meeting_id              BIGINT,
    agenda_item_id          BIGINT,
    majority                VARCHAR(16) NOT NULL,
    double_majority         BOOLEAN     NOT NULL,
    quorum_networks_percent INTEGER     NOT NULL,
    quorum_weight_percent   INTEGER     NOT NULL,
    secret                  BOOLEAN     NOT NULL,
    closes_at               TIMESTAMP WITH TIME ZONE,
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by               VARCHAR(64) NOT NULL,
    electorate_networks     BIGINT      NOT NULL,
    electorate_weight       BIGINT      NOT NULL,
    status                  VARCHAR(16) NOT NULL,
    closed_at               TIMESTAMP WITH TIME ZONE,
    closed_by               VARCHAR(64),
    outcome                 VARCHAR(16),
    for_networks            BIGINT,
    for_weight              BIGINT,
    against_networks        BIGINT,
    against_weight          BIGINT,
    abstain_networks        BIGINT,
    abstain_weight          BIGINT,
    quorum_reached          BOOLEAN,
    majority_reached        BOOLEAN,
    version                 BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ballot_motion_fk FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT ballot_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT ballot_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ballot_status_check CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ballot_majority_check CHECK (majority IN ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'CONSENSUS')),
    CONSTRAINT ballot_quorum_check CHECK (quorum_networks_percent BETWEEN 0 AND 100
        AND quorum_weight_percent BETWEEN 0 AND 100),
    -- a ballot is taken in a meeting or remotely with a deadline, never both
    CONSTRAINT ballot_kind_check CHECK ((meeting_id IS NULL) <> (closes_at IS NULL)),
    CONSTRAINT ballot_electorate_check CHECK (electorate_networks >= 1 AND electorate_weight >= electorate_networks),
    CONSTRAINT ballot_result_check CHECK (
        (status = 'OPEN' AND closed_at IS NULL AND outcome IS NULL AND for_networks IS NULL)
        OR (status = 'CLOSED' AND closed_at IS NOT NULL AND closed_by IS NOT NULL
            AND outcome IN ('ADOPTED', 'REJECTED', 'NO_QUORUM')
            AND for_networks IS NOT NULL AND for_weight IS NOT NULL
            AND against_networks IS NOT NULL AND against_weight IS NOT NULL
            AND abstain_networks IS NOT NULL AND abstain_weight IS NOT NULL
            AND quorum_reached IS NOT NULL AND majority_reached IS NOT NULL
            AND for_networks + against_networks + abstain_networks <= electorate_networks))
);
CREATE INDEX ballot_motion_idx ON ballot (motion_id);
CREATE INDEX ballot_meeting_idx ON ballot (meeting_id);
CREATE INDEX ballot_open_idx ON ballot (status, closes_at);

-- The key that turns a network id into its vote's slot; deleted when the meeting is archived.
CREATE TABLE ballot_seal (
    ballot_id BIGINT      NOT NULL PRIMARY KEY,
    seal_key  VARCHAR(64) NOT NULL,
    CONSTRAINT ballot_seal_ballot_fk FOREIGN KEY (ballot_id) REFERENCES ballot (id)
);

-- The electorate, frozen when the ballot opened, and whether (not how) each network has voted.
CREATE TABLE ballot_elector (
    ballot_id  BIGINT  NOT NULL,
    network_id BIGINT  NOT NULL,
    weight     INTEGER NOT NULL,
    voted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ballot_elector_pk PRIMARY KEY (ballot_id, network_id),
    CONSTRAINT ballot_elector_ballot_fk FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT ballot_elector_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id),
    CONSTRAINT ballot_elector_weight_check CHECK (weight BETWEEN 1 AND 1000)
);

-- One vote per ballot and network: the slot is the network's, so the primary key is the rule.
CREATE TABLE ballot_vote (
    ballot_id  BIGINT      NOT NULL,
    slot       VARCHAR(64) NOT NULL,
    secret     BOOLEAN     NOT NULL,
    choice     VARCHAR(8),
    weight     INTEGER,
    receipt    VARCHAR(19) NOT NULL,
    network_id BIGINT,
    cast_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ballot_vote_pk PRIMARY KEY (ballot_id, slot),
    CONSTRAINT ballot_vote_receipt_unique UNIQUE (ballot_id, receipt),
    CONSTRAINT ballot_vote_ballot_fk FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT ballot_vote_elector_fk FOREIGN KEY (ballot_id, network_id) REFERENCES ballot_elector (ballot_id, network_id),
    CONSTRAINT ballot_vote_choice_check CHECK (choice IS NULL OR choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
    CONSTRAINT ballot_vote_weight_check CHECK (weight IS NULL OR weight BETWEEN 1 AND 1000),
    -- a named vote says whose it is and when it came; a secret one says neither
    CONSTRAINT ballot_vote_secrecy_check CHECK (
        (secret AND network_id IS NULL AND cast_at IS NULL)
        OR (NOT secret AND network_id IS NOT NULL AND cast_at IS NOT NULL))
);

CREATE TABLE decision_counter (
    counter_year  INTEGER NOT NULL PRIMARY KEY,
    last_sequence INTEGER NOT NULL,
    CONSTRAINT decision_counter_check CHECK (last_sequence >= 0)
);

CREATE SEQUENCE decision_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE decision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    number        VARCHAR(20)   NOT NULL,
    decision_year INTEGER       NOT NULL,
    sequence      INTEGER       NOT NULL,
    body_id       BIGINT        NOT NULL,
    motion_id     BIGINT        NOT NULL,
    motion_number VARCHAR(40)   NOT NULL,
    ballot_id     BIGINT        NOT NULL,
    meeting_id    BIGINT,
    title         VARCHAR(200)  NOT NULL,
    text          VARCHAR(100000) NOT NULL,
    adopted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_number_unique UNIQUE (number),
    CONSTRAINT decision_year_sequence_unique UNIQUE (decision_year, sequence),
    CONSTRAINT decision_ballot_unique UNIQUE (ballot_id),
    CONSTRAINT decision_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT decision_motion_fk FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT decision_ballot_fk FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT decision_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT decision_sequence_check CHECK (sequence >= 1)
);
CREATE INDEX decision_body_idx ON decision (body_id, decision_year);

-- The result of each ballot of a meeting, as its minutes record it (generated, never retyped).
CREATE TABLE minutes_result (
    meeting_id       BIGINT      NOT NULL,
    ballot_id        BIGINT      NOT NULL,
    item_id          BIGINT,
    motion_number    VARCHAR(40) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    outcome          VARCHAR(16) NOT NULL,
    secret           BOOLEAN     NOT NULL,
    for_networks     BIGINT      NOT NULL,
    for_weight       BIGINT      NOT NULL,
    against_networks BIGINT      NOT NULL,
    against_weight   BIGINT      NOT NULL,
    abstain_networks BIGINT      NOT NULL,
    abstain_weight   BIGINT      NOT NULL,
    decision_number  VARCHAR(20),
    closed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT minutes_result_pk PRIMARY KEY (meeting_id, ballot_id),
    CONSTRAINT minutes_result_minutes_fk FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id),
    CONSTRAINT minutes_result_ballot_fk FOREIGN KEY (ballot_id) REFERENCES ballot (id)
);
