-- Norms and rosters for the wage-value measurement (docs/wage-value.md).

-- One version of a task's norm. Versions are never changed or deleted (the triggers refuse
-- it): a figure computed last month names the versions it used and can be recomputed from
-- them. Decimals are kept as text so they stay exact on every database.
CREATE TABLE norm_version (
    task_id                 INTEGER NOT NULL REFERENCES task (id),
    version                 INTEGER NOT NULL,
    seconds_per_unit        TEXT    NOT NULL,   -- normfunctie worker, allowances included
    unit                    TEXT    NOT NULL,   -- what one scan or press counts
    quality_norm            TEXT    NOT NULL,   -- Qnorm: the norm worker's usable share, e.g. 0.98
    instruction_allowance   TEXT    NOT NULL,   -- the norm worker's instruction time per productive hour, e.g. 0.05
    method                  TEXT    NOT NULL,   -- TIME_STUDY, MTM, MODAPTS, HISTORICAL
    set_by                  TEXT    NOT NULL,
    set_at                  INTEGER NOT NULL,   -- epoch ms
    effective_from          INTEGER NOT NULL,   -- epoch ms; in force from this moment
    sample_size             INTEGER NOT NULL,
    note                    TEXT,               -- how it was set: the sample, the study
    PRIMARY KEY (task_id, version),
    UNIQUE (task_id, effective_from)
);

CREATE TRIGGER norm_version_no_update BEFORE UPDATE ON norm_version
BEGIN SELECT RAISE(ABORT, 'a norm version cannot be changed; add a new version'); END;
CREATE TRIGGER norm_version_no_delete BEFORE DELETE ON norm_version
BEGIN SELECT RAISE(ABORT, 'a norm version cannot be changed; add a new version'); END;

-- A team's roster, versioned like norms: a change takes effect from a date and never
-- rewrites the days before it.
CREATE TABLE roster_version (
    team_id         INTEGER NOT NULL REFERENCES team (id),
    version         INTEGER NOT NULL,
    effective_from  TEXT    NOT NULL,           -- ISO local date in the roster's zone
    zone            TEXT    NOT NULL,
    set_by          TEXT    NOT NULL,
    set_at          INTEGER NOT NULL,
    PRIMARY KEY (team_id, version),
    UNIQUE (team_id, effective_from)
);

-- Working hours per weekday of a roster version, and the break windows everyone takes.
CREATE TABLE roster_day (
    team_id     INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    weekday     TEXT    NOT NULL,               -- MONDAY … SUNDAY
    start_time  TEXT    NOT NULL,               -- HH:mm
    end_time    TEXT    NOT NULL,
    PRIMARY KEY (team_id, version, weekday),
    FOREIGN KEY (team_id, version) REFERENCES roster_version (team_id, version)
);

CREATE TABLE roster_break (
    team_id     INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    weekday     TEXT    NOT NULL,
    start_time  TEXT    NOT NULL,
    end_time    TEXT    NOT NULL,
    PRIMARY KEY (team_id, version, weekday, start_time),
    FOREIGN KEY (team_id, version, weekday) REFERENCES roster_day (team_id, version, weekday)
);
