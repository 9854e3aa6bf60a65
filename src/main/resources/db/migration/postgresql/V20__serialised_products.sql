-- PostgreSQL dialect of db/migration/sqlite/V20__serialised_products.sql.
ALTER TABLE product ADD COLUMN serialised BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX journal_unit_by_code ON journal_event (code) WHERE kind = 'UNIT';
