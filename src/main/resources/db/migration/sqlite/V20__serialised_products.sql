-- A serialised product carries its own code on every unit: the product's registered code
-- followed by a serial (for GS1 labels, register "01" + GTIN-14 + "21"; the serial follows).
-- Each unit counts once, ever: a serial scanned again is refused as "al geteld".
ALTER TABLE product ADD COLUMN serialised INTEGER NOT NULL DEFAULT 0;

-- Every scan of a serialised unit asks whether its code was counted before.
CREATE INDEX journal_unit_by_code ON journal_event (code) WHERE kind = 'UNIT';
