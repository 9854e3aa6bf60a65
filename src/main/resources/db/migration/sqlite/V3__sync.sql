-- Sync: what the hub knows of each station, clock offsets on synced events, and a version
-- number for master data that every change bumps (stations pull when it moved).

CREATE TABLE station_sync (
    station         TEXT    PRIMARY KEY,
    contiguous_seq  INTEGER NOT NULL DEFAULT 0,   -- highest seq with every earlier one present
    last_contact    INTEGER,                      -- hub time, epoch ms
    clock_offset_ms INTEGER,                      -- station clock minus hub clock at last contact
    app_version     TEXT,
    backlog         INTEGER NOT NULL DEFAULT 0    -- events the station still had to send
);

ALTER TABLE journal_event ADD COLUMN clock_offset_ms INTEGER;  -- set by the hub on ingest

INSERT INTO setting (key, value) VALUES ('master.version', '1');

CREATE TRIGGER master_site_insert AFTER INSERT ON site
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_site_update AFTER UPDATE ON site
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_site_delete AFTER DELETE ON site
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_team_insert AFTER INSERT ON team
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_team_update AFTER UPDATE ON team
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_team_delete AFTER DELETE ON team
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_station_insert AFTER INSERT ON station
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_station_update AFTER UPDATE ON station
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_station_delete AFTER DELETE ON station
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_worker_insert AFTER INSERT ON worker
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_worker_update AFTER UPDATE ON worker
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_worker_delete AFTER DELETE ON worker
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_product_insert AFTER INSERT ON product
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_product_update AFTER UPDATE ON product
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_product_delete AFTER DELETE ON product
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_product_barcode_insert AFTER INSERT ON product_barcode
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_product_barcode_update AFTER UPDATE ON product_barcode
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_product_barcode_delete AFTER DELETE ON product_barcode
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_task_insert AFTER INSERT ON task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_task_update AFTER UPDATE ON task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_task_delete AFTER DELETE ON task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_task_text_insert AFTER INSERT ON task_text
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_task_text_update AFTER UPDATE ON task_text
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_task_text_delete AFTER DELETE ON task_text
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_station_task_insert AFTER INSERT ON station_task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_station_task_update AFTER UPDATE ON station_task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_station_task_delete AFTER DELETE ON station_task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_instruction_version_insert AFTER INSERT ON instruction_version
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_instruction_version_update AFTER UPDATE ON instruction_version
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_instruction_version_delete AFTER DELETE ON instruction_version
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_insert AFTER INSERT ON step
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_update AFTER UPDATE ON step
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_delete AFTER DELETE ON step
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_text_insert AFTER INSERT ON step_text
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_text_update AFTER UPDATE ON step_text
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_text_delete AFTER DELETE ON step_text
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
