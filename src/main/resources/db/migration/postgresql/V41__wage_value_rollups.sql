-- PostgreSQL dialect of db/migration/sqlite/V41__wage_value_rollups.sql.
CREATE TABLE wage_value_day (
    worker_id           BIGINT  NOT NULL,
    day                 TEXT    NOT NULL,
    task_id             BIGINT  NOT NULL,
    norm_version        INTEGER NOT NULL,
    productive_ms       BIGINT  NOT NULL,
    rostered_break_ms   BIGINT  NOT NULL,
    extra_break_ms      BIGINT  NOT NULL,
    help_ms             BIGINT  NOT NULL,
    instruction_ms      BIGINT  NOT NULL,
    downtime_ms         BIGINT  NOT NULL,
    good                BIGINT  NOT NULL,
    rejects             BIGINT  NOT NULL,
    help_calls          BIGINT  NOT NULL,
    flags               INTEGER NOT NULL,
    PRIMARY KEY (worker_id, day, task_id, norm_version)
);
CREATE INDEX wage_value_day_by_day ON wage_value_day (day);

CREATE TABLE wage_value_watermark (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    rolled_through  TEXT
);
INSERT INTO wage_value_watermark (id, rolled_through) VALUES (1, NULL);
