-- The member register, accounts, API tokens and the audit chain.
-- One script for H2 and PostgreSQL: only SQL both understand. The rules the domain checks are
-- repeated here as constraints, so that no other path into the database can break them.

-- EclipseLink reads a sequence value as the last id of a block of 50 (allocationSize): start at 50.
CREATE SEQUENCE member_network_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE body_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE member_network (
    id        BIGINT       NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    acronym   VARCHAR(16)  NOT NULL,
    region    VARCHAR(32)  NOT NULL,
    category  VARCHAR(32)  NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    weight    INTEGER      NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT member_network_acronym_unique UNIQUE (acronym),
    CONSTRAINT member_network_name_not_blank CHECK (LENGTH(TRIM(name)) > 0),
    CONSTRAINT member_network_region_check CHECK (region IN ('AFRICA', 'ASIA_PACIFIC', 'EUROPE',
        'LATIN_AMERICA_CARIBBEAN', 'MIDDLE_EAST_NORTH_AFRICA', 'NORTH_AMERICA', 'GLOBAL')),
    CONSTRAINT member_network_category_check CHECK (category IN ('MEMBER_BASED', 'ACTION_ADVOCACY', 'INTERNATIONAL_NETWORK')),
    CONSTRAINT member_network_status_check CHECK (status IN ('APPLICANT', 'MEMBER', 'SUSPENDED', 'WITHDRAWN')),
    CONSTRAINT member_network_weight_check CHECK (weight BETWEEN 1 AND 1000)
);
CREATE INDEX member_network_name_idx ON member_network (name);

CREATE TABLE body (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    code                    VARCHAR(8)   NOT NULL,
    quorum_networks_percent INTEGER      NOT NULL,
    quorum_weight_percent   INTEGER      NOT NULL,
    majority                VARCHAR(16)  NOT NULL,
    seconds_required        INTEGER      NOT NULL,
    proxy_cap               INTEGER      NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT body_code_unique UNIQUE (code),
    CONSTRAINT body_code_form CHECK (LENGTH(code) BETWEEN 2 AND 8 AND code = UPPER(code)),
    CONSTRAINT body_quorum_networks_check CHECK (quorum_networks_percent BETWEEN 0 AND 100),
    CONSTRAINT body_quorum_weight_check CHECK (quorum_weight_percent BETWEEN 0 AND 100),
    CONSTRAINT body_majority_check CHECK (majority IN ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'CONSENSUS')),
    CONSTRAINT body_seconds_check CHECK (seconds_required BETWEEN 0 AND 20),
    CONSTRAINT body_proxy_cap_check CHECK (proxy_cap BETWEEN 0 AND 10)
);

CREATE TABLE body_member (
    body_id    BIGINT NOT NULL,
    network_id BIGINT NOT NULL,
    CONSTRAINT body_member_pk PRIMARY KEY (body_id, network_id),
    CONSTRAINT body_member_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT body_member_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id)
);
CREATE INDEX body_member_network_idx ON body_member (network_id);

CREATE TABLE user_account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    network_id    BIGINT,
    failed_logins INTEGER      NOT NULL DEFAULT 0,
    locked_until  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_unique UNIQUE (username),
    CONSTRAINT user_account_username_form CHECK (LENGTH(username) BETWEEN 3 AND 64 AND username = LOWER(username)),
    CONSTRAINT user_account_language_check CHECK (language IN ('EN', 'FR', 'ES')),
    CONSTRAINT user_account_failed_logins_check CHECK (failed_logins >= 0),
    CONSTRAINT user_account_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT user_role_check CHECK (role IN ('DELEGATE', 'CHAIR', 'SECRETARIAT', 'ADMIN'))
);

CREATE TABLE api_token (
    id         BIGINT      NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id    BIGINT      NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT api_token_expiry_check CHECK (expires_at > issued_at)
);

CREATE TABLE audit_entry (
    sequence      BIGINT          NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)     NOT NULL,
    action        VARCHAR(64)     NOT NULL,
    subject_type  VARCHAR(32)     NOT NULL,
    subject_id    VARCHAR(64),
    before_state  VARCHAR(1000000),
    after_state   VARCHAR(1000000),
    previous_hash VARCHAR(64)     NOT NULL,
    hash          VARCHAR(64)     NOT NULL,
    CONSTRAINT audit_entry_hash_unique UNIQUE (hash),
    CONSTRAINT audit_entry_sequence_check CHECK (sequence >= 1)
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);

CREATE TABLE audit_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
