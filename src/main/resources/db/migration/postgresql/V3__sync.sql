-- PostgreSQL dialect of db/migration/sqlite/V3__sync.sql.

CREATE TABLE station_sync (
    station         TEXT    PRIMARY KEY,
    contiguous_seq  BIGINT  NOT NULL DEFAULT 0,
    last_contact    BIGINT,
    clock_offset_ms BIGINT,
    app_version     TEXT,
    backlog         BIGINT  NOT NULL DEFAULT 0
);

ALTER TABLE journal_event ADD COLUMN clock_offset_ms BIGINT;

INSERT INTO setting (key, value) VALUES ('master.version', '1');

CREATE FUNCTION bump_master_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE setting SET value = (value::bigint + 1)::text WHERE key = 'master.version';
    RETURN NULL;
END;
$$;

CREATE TRIGGER master_site_changed AFTER INSERT OR UPDATE OR DELETE ON site
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_team_changed AFTER INSERT OR UPDATE OR DELETE ON team
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_station_changed AFTER INSERT OR UPDATE OR DELETE ON station
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_worker_changed AFTER INSERT OR UPDATE OR DELETE ON worker
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_product_changed AFTER INSERT OR UPDATE OR DELETE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_product_barcode_changed AFTER INSERT OR UPDATE OR DELETE ON product_barcode
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_task_changed AFTER INSERT OR UPDATE OR DELETE ON task
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_task_text_changed AFTER INSERT OR UPDATE OR DELETE ON task_text
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_station_task_changed AFTER INSERT OR UPDATE OR DELETE ON station_task
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_instruction_version_changed AFTER INSERT OR UPDATE OR DELETE ON instruction_version
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_step_changed AFTER INSERT OR UPDATE OR DELETE ON step
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_step_text_changed AFTER INSERT OR UPDATE OR DELETE ON step_text
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
