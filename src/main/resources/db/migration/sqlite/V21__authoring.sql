-- Authoring instructions: drafts, photos and videos, safety pictograms, spoken-text overrides,
-- recorded and rendered audio, importable pictogram packs, and each worker's speech rate.

-- A task's draft is its instruction_version with version 0 and status DRAFT (one per task);
-- published versions count from 1 and are never changed, only retired by a newer one.
ALTER TABLE instruction_version ADD COLUMN published_by TEXT;

ALTER TABLE step ADD COLUMN video TEXT;                 -- media:<sha256>.mp4|webm, optional

-- Protective equipment shown with a step, in order (a step may need gloves and goggles).
CREATE TABLE step_safety (
    step_id     INTEGER NOT NULL REFERENCES step (id),
    position    INTEGER NOT NULL,
    pictogram   TEXT    NOT NULL,
    PRIMARY KEY (step_id, position)
);
INSERT INTO step_safety (step_id, position, pictogram)
    SELECT id, 1, safety_pictogram FROM step WHERE safety_pictogram IS NOT NULL;
ALTER TABLE step DROP COLUMN safety_pictogram;

ALTER TABLE step_text ADD COLUMN spoken TEXT;           -- what the voice says instead of the text ("teep" for "tape")
ALTER TABLE step_text ADD COLUMN recording TEXT;        -- media:<sha256>.<ext>, a recorded human voice

-- The audio a station plays for a published step in a language, made when it was published.
-- The file name is a hash of engine, voice, engine version and text, so the same sentence is
-- rendered once however often it is published.
CREATE TABLE step_audio (
    step_id     INTEGER NOT NULL REFERENCES step (id),
    language    TEXT    NOT NULL,
    file        TEXT    NOT NULL,                       -- media:<name>
    engine      TEXT    NOT NULL,                       -- recorded, a neural engine, espeak-ng
    voice       TEXT    NOT NULL,
    PRIMARY KEY (step_id, language)
);

-- Imported pictogram packs (a zip of SVG/PNG files with a licence file).
CREATE TABLE pictogram_pack (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    licence         TEXT    NOT NULL,                   -- the licence's short name, e.g. CC BY-NC-SA 4.0
    licence_text    TEXT    NOT NULL,
    non_commercial  INTEGER NOT NULL DEFAULT 0,
    imported_by     TEXT    NOT NULL,
    imported_at     INTEGER NOT NULL
);

CREATE TABLE pack_pictogram (
    pack_id     INTEGER NOT NULL REFERENCES pictogram_pack (id),
    file        TEXT    NOT NULL,                       -- media:<sha256>.svg|png
    name        TEXT    NOT NULL,                       -- from the file name, searchable
    PRIMARY KEY (pack_id, file)
);

ALTER TABLE worker ADD COLUMN speech_rate REAL NOT NULL DEFAULT 1.0;   -- 0.75 slow, 1 normal, 1.25 quick

-- Drafts are not master data: editing one must not make every station pull a snapshot.
DROP TRIGGER master_instruction_version_insert;
DROP TRIGGER master_instruction_version_update;
DROP TRIGGER master_instruction_version_delete;
DROP TRIGGER master_step_insert;
DROP TRIGGER master_step_update;
DROP TRIGGER master_step_delete;
DROP TRIGGER master_step_text_insert;
DROP TRIGGER master_step_text_update;
DROP TRIGGER master_step_text_delete;

CREATE TRIGGER master_instruction_version_insert AFTER INSERT ON instruction_version WHEN NEW.status <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_instruction_version_update AFTER UPDATE ON instruction_version
WHEN NEW.status <> 'DRAFT' OR OLD.status <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_instruction_version_delete AFTER DELETE ON instruction_version WHEN OLD.status <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_step_insert AFTER INSERT ON step
WHEN coalesce((SELECT status FROM instruction_version WHERE id = NEW.version_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_update AFTER UPDATE ON step
WHEN coalesce((SELECT status FROM instruction_version WHERE id = NEW.version_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_delete AFTER DELETE ON step
WHEN coalesce((SELECT status FROM instruction_version WHERE id = OLD.version_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_step_text_insert AFTER INSERT ON step_text
WHEN coalesce((SELECT v.status FROM step s JOIN instruction_version v ON v.id = s.version_id WHERE s.id = NEW.step_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_text_update AFTER UPDATE ON step_text
WHEN coalesce((SELECT v.status FROM step s JOIN instruction_version v ON v.id = s.version_id WHERE s.id = NEW.step_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_text_delete AFTER DELETE ON step_text
WHEN coalesce((SELECT v.status FROM step s JOIN instruction_version v ON v.id = s.version_id WHERE s.id = OLD.step_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_step_safety_insert AFTER INSERT ON step_safety
WHEN coalesce((SELECT v.status FROM step s JOIN instruction_version v ON v.id = s.version_id WHERE s.id = NEW.step_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_safety_delete AFTER DELETE ON step_safety
WHEN coalesce((SELECT v.status FROM step s JOIN instruction_version v ON v.id = s.version_id WHERE s.id = OLD.step_id), '') <> 'DRAFT'
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_step_audio_insert AFTER INSERT ON step_audio
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_audio_update AFTER UPDATE ON step_audio
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_step_audio_delete AFTER DELETE ON step_audio
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;

CREATE TRIGGER master_pictogram_pack_insert AFTER INSERT ON pictogram_pack
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_pictogram_pack_update AFTER UPDATE ON pictogram_pack
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_pictogram_pack_delete AFTER DELETE ON pictogram_pack
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
