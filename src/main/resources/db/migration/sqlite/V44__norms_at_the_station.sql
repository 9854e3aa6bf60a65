-- Norm versions travel to the stations with the master data (sync/MasterData): a new
-- version moves the master-data version. Versions are never changed or deleted.
CREATE TRIGGER master_norm_version_insert AFTER INSERT ON norm_version
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
