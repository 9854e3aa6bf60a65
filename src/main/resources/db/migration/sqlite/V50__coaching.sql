-- Coaching: development plans, log entries, skill and support levels per task, reviews,
-- Participatieladder snapshots, placements and observations suggested from production.
-- Health data (diagnoses, medication, addiction, mental health) do not belong here.

-- A goal in plain language, as the worker would say it.
CREATE TABLE development_goal (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    text            TEXT    NOT NULL,
    target_date     TEXT,                       -- ISO date
    status          TEXT    NOT NULL,           -- OPEN, REACHED, STOPPED
    reached_on      TEXT,                       -- ISO date
    created_by      TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    changed_at      INTEGER NOT NULL
);
CREATE INDEX development_goal_by_worker ON development_goal (worker_id);

-- What a goal is about: a task, or a development area (one of the log tags).
CREATE TABLE development_goal_link (
    goal_id         INTEGER NOT NULL REFERENCES development_goal (id),
    task_id         INTEGER REFERENCES task (id),
    skill           TEXT
);
CREATE INDEX development_goal_link_by_goal ON development_goal_link (goal_id);

CREATE TABLE development_review (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    held_on         TEXT    NOT NULL,           -- ISO date
    summary         TEXT    NOT NULL,
    agreements      TEXT    NOT NULL,
    held_by         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX development_review_by_worker ON development_review (worker_id, held_on);

CREATE TABLE log_entry (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    written_on      TEXT    NOT NULL,           -- ISO date the note is about
    text            TEXT    NOT NULL,
    worker_text     TEXT,                       -- easy-read words for the worker, when shared with them
    visibility      TEXT    NOT NULL,           -- COACH, SUPERVISOR, WORKER
    author          TEXT    NOT NULL,
    author_role     TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX log_entry_by_worker ON log_entry (worker_id, written_on);

CREATE TABLE log_entry_tag (
    entry_id        INTEGER NOT NULL REFERENCES log_entry (id),
    tag             TEXT    NOT NULL,
    PRIMARY KEY (entry_id, tag)
);

-- A photo with a log entry: re-encoded (no EXIF) and stored under the data folder, never in the journal.
CREATE TABLE log_attachment (
    id              INTEGER PRIMARY KEY,
    entry_id        INTEGER NOT NULL REFERENCES log_entry (id),
    file            TEXT    NOT NULL UNIQUE,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    size_bytes      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL
);

-- Skill level per worker and task (0 not trained ... 4 can teach others); every change is a row.
CREATE TABLE skill_level (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    task_id         INTEGER NOT NULL REFERENCES task (id),
    level           INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
    set_by          TEXT    NOT NULL,
    set_at          INTEGER NOT NULL,
    note            TEXT
);
CREATE INDEX skill_level_by_worker ON skill_level (worker_id, task_id, id);

-- The support level a station follows for a worker and task (1 full guidance, 2 steps on
-- request, 3 production only). Stations hold this table offline; its history is below.
CREATE TABLE support_level (
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    task_id         INTEGER NOT NULL REFERENCES task (id),
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    PRIMARY KEY (worker_id, task_id)
);

CREATE TABLE support_level_change (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    task_id         INTEGER NOT NULL REFERENCES task (id),
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    set_by          TEXT    NOT NULL,
    set_at          INTEGER NOT NULL,
    note            TEXT
);
CREATE INDEX support_level_change_by_worker ON support_level_change (worker_id, task_id, id);

CREATE TABLE ladder_snapshot (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    rung            INTEGER NOT NULL CHECK (rung BETWEEN 1 AND 6),
    measured_on     TEXT    NOT NULL,           -- ISO date
    note            TEXT,
    set_by          TEXT    NOT NULL,
    set_at          INTEGER NOT NULL
);
CREATE INDEX ladder_snapshot_by_worker ON ladder_snapshot (worker_id, measured_on);

-- Work towards regular employers: detachering (alone or in a group) or a regular job.
CREATE TABLE placement (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    kind            TEXT    NOT NULL,           -- DETACHERING, GROUP_DETACHERING, REGULAR_JOB
    employer        TEXT    NOT NULL,
    started_on      TEXT    NOT NULL,
    ended_on        TEXT,
    created_by      TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX placement_by_worker ON placement (worker_id);

-- A suggestion drawn from production, once per worker, week, rule and subject (a task, a step).
CREATE TABLE observation (
    id              INTEGER PRIMARY KEY,
    worker_id       INTEGER NOT NULL REFERENCES worker (id),
    week            TEXT    NOT NULL,           -- ISO date of the week's Monday
    rule            TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    task_id         INTEGER REFERENCES task (id),
    figures         TEXT    NOT NULL,           -- JSON: what the message says and the evidence behind it
    status          TEXT    NOT NULL,           -- OPEN, ACCEPTED, DISMISSED
    decided_by      TEXT,
    decided_at      INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (worker_id, week, rule, subject)
);
CREATE INDEX observation_by_status ON observation (worker_id, status);

INSERT INTO setting (key, value) VALUES ('coaching.review-cycle-months', '3');

CREATE TRIGGER master_support_level_insert AFTER INSERT ON support_level
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_support_level_update AFTER UPDATE ON support_level
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_support_level_delete AFTER DELETE ON support_level
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
