-- Meetings of the bodies: schedule, place, agenda, attendance, proxies; and their minutes.
-- One script for H2 and PostgreSQL: only SQL both understand.

-- Ids are drawn one at a time by the repository (SELECT nextval('meeting_seq'), understood by both).
CREATE SEQUENCE meeting_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE meeting (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    body_id                BIGINT       NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    starts_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone              VARCHAR(64)  NOT NULL,
    venue                  VARCHAR(300),
    online_link            VARCHAR(500),
    status                 VARCHAR(16)  NOT NULL,
    last_item_id           BIGINT       NOT NULL DEFAULT 0,
    current_item_id        BIGINT,
    first_ballot_opened_at TIMESTAMP WITH TIME ZONE,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT meeting_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT meeting_status_check CHECK (status IN ('PLANNED', 'IN_SESSION', 'ADJOURNED', 'CLOSED')),
    CONSTRAINT meeting_schedule_check CHECK (ends_at > starts_at),
    CONSTRAINT meeting_place_check CHECK (venue IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT meeting_title_not_blank CHECK (LENGTH(TRIM(title)) > 0)
);
CREATE INDEX meeting_body_idx ON meeting (body_id, starts_at);

CREATE TABLE meeting_agenda_item (
    meeting_id       BIGINT      NOT NULL,
    position         INTEGER     NOT NULL,
    item_id          BIGINT      NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    motion_id        BIGINT,
    title            VARCHAR(200),
    allotted_minutes INTEGER,
    -- an item is its meeting's and its id's; position orders the agenda and is rewritten on a reorder
    CONSTRAINT meeting_agenda_item_pk PRIMARY KEY (meeting_id, item_id),
    -- a motion is on a meeting's agenda once
    CONSTRAINT meeting_agenda_motion_once UNIQUE (meeting_id, motion_id),
    CONSTRAINT meeting_agenda_item_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT meeting_agenda_item_motion_fk FOREIGN KEY (motion_id) REFERENCES motion (id),
    CONSTRAINT meeting_agenda_item_kind_check CHECK (
        (kind = 'MOTION' AND motion_id IS NOT NULL)
        OR (kind IN ('REPORT', 'DISCUSSION') AND motion_id IS NULL AND title IS NOT NULL)),
    CONSTRAINT meeting_agenda_item_minutes_check CHECK (allotted_minutes IS NULL OR allotted_minutes BETWEEN 1 AND 600)
);

CREATE TABLE meeting_presence (
    meeting_id     BIGINT  NOT NULL,
    position       INTEGER NOT NULL,
    network_id     BIGINT  NOT NULL,
    checked_in_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_in_by  BIGINT  NOT NULL,
    checked_out_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT meeting_presence_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT meeting_presence_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT meeting_presence_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id),
    CONSTRAINT meeting_presence_stay_check CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);

CREATE TABLE meeting_proxy (
    meeting_id        BIGINT  NOT NULL,
    position          INTEGER NOT NULL,
    giver_network_id  BIGINT  NOT NULL,
    holder_network_id BIGINT  NOT NULL,
    given_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT meeting_proxy_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT meeting_proxy_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT meeting_proxy_giver_fk FOREIGN KEY (giver_network_id) REFERENCES member_network (id),
    CONSTRAINT meeting_proxy_holder_fk FOREIGN KEY (holder_network_id) REFERENCES member_network (id),
    CONSTRAINT meeting_proxy_not_self CHECK (giver_network_id <> holder_network_id),
    CONSTRAINT meeting_proxy_revocation_check CHECK (revoked_at IS NULL OR revoked_at >= given_at)
);

CREATE TABLE minutes (
    meeting_id           BIGINT      NOT NULL PRIMARY KEY,
    body_id              BIGINT      NOT NULL,
    meeting_start        TIMESTAMP WITH TIME ZONE NOT NULL,
    status               VARCHAR(16) NOT NULL,
    circulated_at        TIMESTAMP WITH TIME ZONE,
    approved_by          VARCHAR(16),
    approved_at          TIMESTAMP WITH TIME ZONE,
    approving_meeting_id BIGINT,
    decision_reference   VARCHAR(40),
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT minutes_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT minutes_body_fk FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT minutes_approving_meeting_fk FOREIGN KEY (approving_meeting_id) REFERENCES meeting (id),
    CONSTRAINT minutes_status_check CHECK (status IN ('DRAFT', 'CIRCULATED', 'APPROVED')),
    CONSTRAINT minutes_approval_check CHECK (
        (status <> 'APPROVED' AND approved_by IS NULL AND approved_at IS NULL)
        OR (status = 'APPROVED' AND approved_at IS NOT NULL AND (
            (approved_by = 'SECRETARIAT' AND approving_meeting_id IS NULL)
            OR (approved_by = 'DECISION' AND approving_meeting_id IS NOT NULL AND approving_meeting_id <> meeting_id))))
);

CREATE TABLE minutes_section (
    meeting_id BIGINT  NOT NULL,
    position   INTEGER NOT NULL,
    item_id    BIGINT  NOT NULL,
    text       VARCHAR(100000),
    CONSTRAINT minutes_section_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT minutes_section_item_unique UNIQUE (meeting_id, item_id),
    CONSTRAINT minutes_section_minutes_fk FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id)
);

CREATE TABLE minutes_attendance (
    meeting_id              BIGINT  NOT NULL,
    network_id              BIGINT  NOT NULL,
    proxy_holder_network_id BIGINT,
    CONSTRAINT minutes_attendance_pk PRIMARY KEY (meeting_id, network_id),
    CONSTRAINT minutes_attendance_minutes_fk FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id),
    CONSTRAINT minutes_attendance_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id),
    CONSTRAINT minutes_attendance_holder_fk FOREIGN KEY (proxy_holder_network_id) REFERENCES member_network (id)
);

CREATE TABLE minutes_comment (
    meeting_id   BIGINT         NOT NULL,
    position     INTEGER        NOT NULL,
    network_id   BIGINT         NOT NULL,
    text         VARCHAR(10000) NOT NULL,
    objection    BOOLEAN        NOT NULL,
    commented_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT minutes_comment_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT minutes_comment_minutes_fk FOREIGN KEY (meeting_id) REFERENCES minutes (meeting_id),
    CONSTRAINT minutes_comment_network_fk FOREIGN KEY (network_id) REFERENCES member_network (id)
);
