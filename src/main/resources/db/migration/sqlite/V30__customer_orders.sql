-- Customer orders: what a customer ordered, by when, which tasks make it and who works on it.
-- Progress is never stored here: it is the journal's UNIT events that carry the order's id.

-- What one count is, in the supervisor's words ("stuks", "m²", "bomen", "zakken"); one scan
-- counts units_per_scan of it (1 piece, a box of 20, a pallet of 480).
ALTER TABLE product ADD COLUMN unit TEXT NOT NULL DEFAULT 'stuks';

CREATE TABLE customer_order (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,        -- printed on the order sheet (Code 128 and QR), scanned at a station
    customer    TEXT    NOT NULL,
    reference   TEXT,                           -- the customer's own order number
    product_id  INTEGER NOT NULL REFERENCES product (id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),   -- in the product's unit, as the journal counts it
    due_date    TEXT    NOT NULL,               -- ISO date: the day it must be ready
    status      TEXT    NOT NULL DEFAULT 'OPEN', -- OPEN, CLOSED (a supervisor closed it; no more work on it)
    note        TEXT,
    created_by  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- The tasks that make the order (packing, assembling, ...): a station works on it through one of these.
CREATE TABLE order_task (
    order_id    INTEGER NOT NULL REFERENCES customer_order (id),
    task_id     INTEGER NOT NULL REFERENCES task (id),
    PRIMARY KEY (order_id, task_id)
);

-- Who works on it. Without any team or station, every station offering one of its tasks may.
CREATE TABLE order_team (
    order_id    INTEGER NOT NULL REFERENCES customer_order (id),
    team_id     INTEGER NOT NULL REFERENCES team (id),
    PRIMARY KEY (order_id, team_id)
);

CREATE TABLE order_station (
    order_id    INTEGER NOT NULL REFERENCES customer_order (id),
    station_id  INTEGER NOT NULL REFERENCES station (id),
    PRIMARY KEY (order_id, station_id)
);

-- The order a station worked on: set on SESSION_STARTED and on every event of that task session.
-- No foreign key: a station journals against the orders it knew, and the journal outlives them.
ALTER TABLE journal_event ADD COLUMN order_id INTEGER;
CREATE INDEX journal_by_order ON journal_event (order_id, occurred_at) WHERE order_id IS NOT NULL;

-- Stations hold their site's open orders offline, so their master data follow these tables.
CREATE TRIGGER master_customer_order_insert AFTER INSERT ON customer_order
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_customer_order_update AFTER UPDATE ON customer_order
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_customer_order_delete AFTER DELETE ON customer_order
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_task_insert AFTER INSERT ON order_task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_task_update AFTER UPDATE ON order_task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_task_delete AFTER DELETE ON order_task
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_team_insert AFTER INSERT ON order_team
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_team_update AFTER UPDATE ON order_team
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_team_delete AFTER DELETE ON order_team
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_station_insert AFTER INSERT ON order_station
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_station_update AFTER UPDATE ON order_station
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
CREATE TRIGGER master_order_station_delete AFTER DELETE ON order_station
BEGIN UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'master.version'; END;
