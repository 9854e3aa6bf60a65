-- The worker's own progress screen on a Pi station, offline too: the station holds the goals,
-- the skill levels and the notes shared with the worker, of its own site's workers only (see
-- sync.MasterData), and the read-aloud audio of each shared note (a media: file, like a step's).
ALTER TABLE log_entry ADD COLUMN worker_audio TEXT;

CREATE TRIGGER master_development_goal_insert AFTER INSERT ON development_goal
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_development_goal_update AFTER UPDATE ON development_goal
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_development_goal_delete AFTER DELETE ON development_goal
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_development_goal_link_insert AFTER INSERT ON development_goal_link
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_development_goal_link_delete AFTER DELETE ON development_goal_link
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_skill_level_insert AFTER INSERT ON skill_level
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_skill_level_delete AFTER DELETE ON skill_level
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

-- Only notes shared with the worker travel to a station, so only they make stations pull again.
CREATE TRIGGER master_log_entry_insert AFTER INSERT ON log_entry WHEN NEW.visibility = 'WORKER'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_log_entry_update AFTER UPDATE ON log_entry WHEN NEW.visibility = 'WORKER' OR OLD.visibility = 'WORKER'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_log_entry_delete AFTER DELETE ON log_entry WHEN OLD.visibility = 'WORKER'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
