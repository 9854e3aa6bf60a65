-- PostgreSQL dialect of db/migration/sqlite/V40__norms_and_rosters.sql.

CREATE TABLE norm_version (
    task_id                 BIGINT  NOT NULL REFERENCES task (id),
    version                 INTEGER NOT NULL,
    seconds_per_unit        TEXT    NOT NULL,
    unit                    TEXT    NOT NULL,
    quality_norm            TEXT    NOT NULL,
    instruction_allowance   TEXT    NOT NULL,
    method                  TEXT    NOT NULL,
    set_by                  TEXT    NOT NULL,
    set_at                  BIGINT  NOT NULL,
    effective_from          BIGINT  NOT NULL,
    sample_size             INTEGER NOT NULL,
    note                    TEXT,
    PRIMARY KEY (task_id, version),
    UNIQUE (task_id, effective_from)
);

CREATE FUNCTION norm_version_refuse_change() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'a norm version cannot be changed; add a new version'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER norm_version_no_update BEFORE UPDATE ON norm_version
FOR EACH ROW EXECUTE FUNCTION norm_version_refuse_change();
CREATE TRIGGER norm_version_no_delete BEFORE DELETE ON norm_version
FOR EACH ROW EXECUTE FUNCTION norm_version_refuse_change();

CREATE TABLE roster_version (
    team_id         BIGINT  NOT NULL REFERENCES team (id),
    version         INTEGER NOT NULL,
    effective_from  TEXT    NOT NULL,
    zone            TEXT    NOT NULL,
    set_by          TEXT    NOT NULL,
    set_at          BIGINT  NOT NULL,
    PRIMARY KEY (team_id, version),
    UNIQUE (team_id, effective_from)
);

CREATE TABLE roster_day (
    team_id     BIGINT  NOT NULL,
    version     INTEGER NOT NULL,
    weekday     TEXT    NOT NULL,
    start_time  TEXT    NOT NULL,
    end_time    TEXT    NOT NULL,
    PRIMARY KEY (team_id, version, weekday),
    FOREIGN KEY (team_id, version) REFERENCES roster_version (team_id, version)
);

CREATE TABLE roster_break (
    team_id     BIGINT  NOT NULL,
    version     INTEGER NOT NULL,
    weekday     TEXT    NOT NULL,
    start_time  TEXT    NOT NULL,
    end_time    TEXT    NOT NULL,
    PRIMARY KEY (team_id, version, weekday, start_time),
    FOREIGN KEY (team_id, version, weekday) REFERENCES roster_day (team_id, version, weekday)
);
