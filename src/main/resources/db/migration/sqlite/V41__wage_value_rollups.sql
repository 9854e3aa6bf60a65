-- Wage-value rollups: what each local day adds to a worker's measurement, per task and norm
-- version, so a period table of thousands of workers never replays a year of journal. A day's
-- figures never depend on another day (time is cut at midnight), so periods are sums of days;
-- docs/wage-value.md says how the rows are kept up to date. Unlike journal detail, these rows
-- stay after the retention period: they hold totals, no event.
CREATE TABLE wage_value_day (
    worker_id           INTEGER NOT NULL,
    day                 TEXT    NOT NULL,       -- ISO local date in the company's zone
    task_id             INTEGER NOT NULL,       -- -1: signed in, outside any task (and the day's flags)
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
    flags               INTEGER NOT NULL,       -- bit per wagevalue.Flag ordinal
    PRIMARY KEY (worker_id, day, task_id, norm_version)
);
CREATE INDEX wage_value_day_by_day ON wage_value_day (day);

-- The last day that is rolled up for everyone; later days are measured from the journal.
CREATE TABLE wage_value_watermark (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    rolled_through  TEXT                        -- ISO local date, null before the first run
);
INSERT INTO wage_value_watermark (id, rolled_through) VALUES (1, NULL);
