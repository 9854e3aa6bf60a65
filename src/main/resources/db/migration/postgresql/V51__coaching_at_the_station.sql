-- PostgreSQL dialect of db/migration/sqlite/V51__coaching_at_the_station.sql.
ALTER TABLE log_entry ADD COLUMN worker_audio TEXT;

CREATE TRIGGER master_development_goal_changed AFTER INSERT OR UPDATE OR DELETE ON development_goal
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_development_goal_link_changed AFTER INSERT OR DELETE ON development_goal_link
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_skill_level_changed AFTER INSERT OR DELETE ON skill_level
    FOR EACH STATEMENT EXECUTE FUNCTION bump_master_version();

-- Only notes shared with the worker travel to a station, so only they make stations pull again.
CREATE TRIGGER master_log_entry_inserted AFTER INSERT ON log_entry
    FOR EACH ROW WHEN (NEW.visibility = 'WORKER') EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_log_entry_updated AFTER UPDATE ON log_entry
    FOR EACH ROW WHEN (NEW.visibility = 'WORKER' OR OLD.visibility = 'WORKER') EXECUTE FUNCTION bump_master_version();
CREATE TRIGGER master_log_entry_deleted AFTER DELETE ON log_entry
    FOR EACH ROW WHEN (OLD.visibility = 'WORKER') EXECUTE FUNCTION bump_master_version();
