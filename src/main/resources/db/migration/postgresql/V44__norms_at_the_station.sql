-- Norm versions travel to the stations with the master data (sync/MasterData): a new
-- version moves the master-data version. Versions are never changed or deleted.
CREATE TRIGGER master_norm_version_changed AFTER INSERT ON norm_version
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
