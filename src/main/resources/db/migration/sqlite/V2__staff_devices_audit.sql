-- Roles, station devices and the audit log: who may see what, and who saw what.

CREATE TABLE staff_account (
    id                  INTEGER PRIMARY KEY,
    username            TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL,
    password_hash       TEXT    NOT NULL,
    role                TEXT    NOT NULL,       -- ADMIN, SUPERVISOR, COACH, ASSESSOR, MUNICIPALITY
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER,                -- epoch ms; sign-in refused until then
    active              INTEGER NOT NULL DEFAULT 1
);

-- A supervisor's own teams.
CREATE TABLE staff_team (
    staff_id    INTEGER NOT NULL REFERENCES staff_account (id),
    team_id     INTEGER NOT NULL REFERENCES team (id),
    PRIMARY KEY (staff_id, team_id)
);

-- A coach's own caseload.
CREATE TABLE caseload (
    staff_id    INTEGER NOT NULL REFERENCES staff_account (id),
    worker_id   INTEGER NOT NULL REFERENCES worker (id),
    PRIMARY KEY (staff_id, worker_id)
);

-- What an assessor may read: one worker's evidence for one period, until an expiry date.
CREATE TABLE assessor_grant (
    id              INTEGER PRIMARY KEY,
    staff_id        INTEGER NOT NULL REFERENCES staff_account (id),
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    period_from     TEXT    NOT NULL,           -- ISO date, inclusive
    period_to       TEXT    NOT NULL,           -- ISO date, inclusive
    expires_at      INTEGER NOT NULL,           -- epoch ms
    granted_by      TEXT    NOT NULL,
    granted_at      INTEGER NOT NULL
);

-- A browser or device bound to a station; only the hash of its token is kept.
CREATE TABLE station_device (
    id              INTEGER PRIMARY KEY,
    station_id      INTEGER NOT NULL REFERENCES station (id),
    token_hash      TEXT    NOT NULL UNIQUE,
    label           TEXT    NOT NULL,
    bound_by        TEXT    NOT NULL,
    bound_at        INTEGER NOT NULL,
    revoked_at      INTEGER
);

-- One-time pairing codes: shown to an admin as text and QR, valid for minutes, usable once.
CREATE TABLE pairing_code (
    code_hash       TEXT    PRIMARY KEY,
    station_id      INTEGER NOT NULL REFERENCES station (id),
    created_by      TEXT    NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER
);

-- Who read or changed which worker's personal data, and when. Append-only: the triggers
-- below refuse every UPDATE and DELETE, also for admins.
CREATE TABLE audit_entry (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,           -- READ, CHANGE, EXPORT, ERASE, GRANT
    subject         TEXT    NOT NULL,           -- WORKER_RECORD, DEVELOPMENT_LOG, WAGE_VALUE, EVIDENCE_PACK, ...
    worker_id       INTEGER,
    detail          TEXT
);
CREATE INDEX audit_by_time ON audit_entry (at);
CREATE INDEX audit_by_worker ON audit_entry (worker_id, at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;

-- Company settings (retention, review cycle, ...), one row per key.
CREATE TABLE setting (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
INSERT INTO setting (key, value) VALUES ('retention.journal-detail-months', '24');

-- Daily totals that stay when journal detail is past its retention.
CREATE TABLE journal_rollup (
    day         TEXT    NOT NULL,               -- ISO date in the company's zone
    station     TEXT    NOT NULL,
    worker_id   INTEGER,
    task_id     INTEGER,
    kind        TEXT    NOT NULL,
    events      INTEGER NOT NULL,
    quantity    INTEGER NOT NULL,
    PRIMARY KEY (day, station, worker_id, task_id, kind)
);

ALTER TABLE worker ADD COLUMN erased_at INTEGER;
