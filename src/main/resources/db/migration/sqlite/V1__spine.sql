-- The spine: who works where, what they make, how it is done, and the production journal.

CREATE TABLE site (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL
);

CREATE TABLE team (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES site (id),
    name        TEXT    NOT NULL
);

-- A worker's personal fields are kept to what the shop floor needs. Health data do not belong here.
CREATE TABLE worker (
    id              INTEGER PRIMARY KEY,
    badge           TEXT    NOT NULL UNIQUE,
    first_name      TEXT    NOT NULL,
    last_name       TEXT    NOT NULL,
    team_id         INTEGER NOT NULL REFERENCES team (id),
    language        TEXT    NOT NULL DEFAULT 'nl',
    avatar          TEXT    NOT NULL,           -- pictogram code of the photo tile; no photos of real people in the demo
    scheme          TEXT    NOT NULL,           -- WSW, BESCHUT, LKS, OTHER
    contract_hours  REAL    NOT NULL,
    auto_read       INTEGER NOT NULL DEFAULT 1,
    active          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE station (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    site_id     INTEGER NOT NULL REFERENCES site (id),
    px_per_mm   REAL    NOT NULL DEFAULT 3.78   -- CSS px per physical mm of this station's screen
);

CREATE TABLE product (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    pictogram       TEXT    NOT NULL,
    units_per_scan  INTEGER NOT NULL DEFAULT 1 CHECK (units_per_scan > 0)
);

CREATE TABLE product_barcode (
    code        TEXT    PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES product (id),
    symbology   TEXT    NOT NULL               -- EAN_13, CODE_128, QR_CODE
);

CREATE TABLE task (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    site_id     INTEGER NOT NULL REFERENCES site (id),
    product_id  INTEGER REFERENCES product (id),
    pictogram   TEXT    NOT NULL
);

-- Per language: the task's name and the word for what one count is ("doos" / "dozen").
CREATE TABLE task_text (
    task_id     INTEGER NOT NULL REFERENCES task (id),
    language    TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    unit_one    TEXT    NOT NULL,
    unit_many   TEXT    NOT NULL,
    PRIMARY KEY (task_id, language)
);

CREATE TABLE station_task (
    station_id  INTEGER NOT NULL REFERENCES station (id),
    task_id     INTEGER NOT NULL REFERENCES task (id),
    PRIMARY KEY (station_id, task_id)
);

-- An instruction version is immutable once published; the journal names the version followed.
CREATE TABLE instruction_version (
    id              INTEGER PRIMARY KEY,
    task_id         INTEGER NOT NULL REFERENCES task (id),
    version         INTEGER NOT NULL,
    status          TEXT    NOT NULL,           -- DRAFT, PUBLISHED, RETIRED
    published_at    INTEGER,
    UNIQUE (task_id, version)
);

CREATE TABLE step (
    id                  INTEGER PRIMARY KEY,
    version_id          INTEGER NOT NULL REFERENCES instruction_version (id),
    position            INTEGER NOT NULL,
    picture             TEXT    NOT NULL,       -- pictogram code or media path of the main visual
    pictogram           TEXT,                   -- the one action pictogram
    safety_pictogram    TEXT,                   -- protective equipment, if any
    UNIQUE (version_id, position)
);

CREATE TABLE step_text (
    step_id     INTEGER NOT NULL REFERENCES step (id),
    language    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (step_id, language)
);

-- The production journal: immutable facts, written once where they happened.
-- Times are epoch milliseconds UTC; mono_ms is the station's monotonic clock since boot_id started.
CREATE TABLE journal_event (
    id                  TEXT    PRIMARY KEY,    -- UUIDv7, made at the station
    station             TEXT    NOT NULL,
    seq                 INTEGER NOT NULL,       -- per station, gap-free from 1
    kind                TEXT    NOT NULL,
    worker_id           INTEGER,
    task_id             INTEGER,
    instruction_version INTEGER,
    quantity            INTEGER NOT NULL DEFAULT 0,
    code                TEXT,
    step                INTEGER,
    reason              TEXT,
    occurred_at         INTEGER NOT NULL,
    boot_id             TEXT    NOT NULL,
    mono_ms             INTEGER NOT NULL,
    recorded_at         INTEGER,
    UNIQUE (station, seq)
);

CREATE INDEX journal_by_time ON journal_event (occurred_at);
CREATE INDEX journal_by_worker ON journal_event (worker_id, occurred_at);
