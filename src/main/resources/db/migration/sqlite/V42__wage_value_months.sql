-- Wage-value rollups, second level, so a company table of thousands of workers over a year reads
-- a dozen rows per worker and task instead of hundreds (docs/wage-value.md, "Rollups").

-- The day rows, now kept in the order they are read: by worker, then day (WITHOUT ROWID makes the
-- primary key the table's own order). The job rolls every day up again after this migration.
CREATE TABLE wage_value_day_by_worker (
    worker_id           INTEGER NOT NULL,
    day                 TEXT    NOT NULL,
    task_id             INTEGER NOT NULL,
    norm_version        INTEGER NOT NULL,
    productive_ms       INTEGER NOT NULL,
    rostered_break_ms   INTEGER NOT NULL,
    extra_break_ms      INTEGER NOT NULL,
    help_ms             INTEGER NOT NULL,
    instruction_ms      INTEGER NOT NULL,
    downtime_ms         INTEGER NOT NULL,
    good                INTEGER NOT NULL,
    rejects             INTEGER NOT NULL,
    help_calls          INTEGER NOT NULL,
    flags               INTEGER NOT NULL,
    PRIMARY KEY (worker_id, day, task_id, norm_version)
) WITHOUT ROWID;
DROP TABLE wage_value_day;
ALTER TABLE wage_value_day_by_worker RENAME TO wage_value_day;
CREATE INDEX wage_value_day_by_day ON wage_value_day (day);

-- The sum of a month's day rows per worker, task and norm version, with the days that had time
-- as a mask (bit d-1 for day d) so working days can be counted exactly across versions and tasks.
-- Used only for months that are rolled up to their last day; rewritten with every day row of
-- the month that changes.
CREATE TABLE wage_value_month (
    worker_id           INTEGER NOT NULL,
    month               TEXT    NOT NULL,       -- yyyy-mm in the company's zone
    task_id             INTEGER NOT NULL,       -- -1: signed in, outside any task
    norm_version        INTEGER NOT NULL,       -- 0: before the task had a norm
    productive_ms       INTEGER NOT NULL,
    rostered_break_ms   INTEGER NOT NULL,
    extra_break_ms      INTEGER NOT NULL,
    help_ms             INTEGER NOT NULL,
    instruction_ms      INTEGER NOT NULL,
    downtime_ms         INTEGER NOT NULL,
    good                INTEGER NOT NULL,
    rejects             INTEGER NOT NULL,
    help_calls          INTEGER NOT NULL,
    day_mask            INTEGER NOT NULL,
    flags               INTEGER NOT NULL,
    PRIMARY KEY (worker_id, month, task_id, norm_version)
) WITHOUT ROWID;

-- Today so far, rolled up every run of the job for the company-wide table (more than a hundred
-- workers); smaller tables and a worker's own page measure today from the journal itself.
ALTER TABLE wage_value_watermark ADD COLUMN today TEXT;
ALTER TABLE wage_value_watermark ADD COLUMN today_rolled_at INTEGER;
UPDATE wage_value_watermark SET rolled_through = NULL;
