-- PostgreSQL dialect of db/migration/sqlite/V42__wage_value_months.sql (PostgreSQL keeps the
-- day table as it is: its primary key index already reads a worker's days in order).
DELETE FROM wage_value_day;

CREATE TABLE wage_value_month (
    worker_id           BIGINT  NOT NULL,
    month               TEXT    NOT NULL,
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
    day_mask            INTEGER NOT NULL,
    flags               INTEGER NOT NULL,
    PRIMARY KEY (worker_id, month, task_id, norm_version)
);

ALTER TABLE wage_value_watermark ADD COLUMN today TEXT;
ALTER TABLE wage_value_watermark ADD COLUMN today_rolled_at BIGINT;
UPDATE wage_value_watermark SET rolled_through = NULL;
