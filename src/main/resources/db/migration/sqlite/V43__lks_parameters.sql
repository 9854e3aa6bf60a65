-- Loonkostensubsidie parameters an admin adds when the rules change (a new minimum wage each
-- January and July), beside the ones shipped in lks-parameters.csv. Effective-dated and never
-- changed, like norm versions: an estimate made earlier is recomputed with the rows it used.
CREATE TABLE lks_parameter (
    effective_from          TEXT    PRIMARY KEY,    -- ISO local date
    minimum_wage_per_hour   TEXT    NOT NULL,       -- WML per hour, 21 and over; decimals as text
    holiday_pay             TEXT    NOT NULL,
    employer_cost_allowance TEXT    NOT NULL,
    maximum_share           TEXT    NOT NULL,
    flat_rate_share         TEXT    NOT NULL,
    set_by                  TEXT    NOT NULL,
    set_at                  INTEGER NOT NULL
);

CREATE TRIGGER lks_parameter_no_update BEFORE UPDATE ON lks_parameter
BEGIN SELECT RAISE(ABORT, 'subsidy parameters cannot be changed; add a row from a later date'); END;
CREATE TRIGGER lks_parameter_no_delete BEFORE DELETE ON lks_parameter
BEGIN SELECT RAISE(ABORT, 'subsidy parameters cannot be changed; add a row from a later date'); END;
