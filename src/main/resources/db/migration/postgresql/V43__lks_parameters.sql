-- PostgreSQL dialect of db/migration/sqlite/V43__lks_parameters.sql.
CREATE TABLE lks_parameter (
    effective_from          TEXT    PRIMARY KEY,
    minimum_wage_per_hour   TEXT    NOT NULL,
    holiday_pay             TEXT    NOT NULL,
    employer_cost_allowance TEXT    NOT NULL,
    maximum_share           TEXT    NOT NULL,
    flat_rate_share         TEXT    NOT NULL,
    set_by                  TEXT    NOT NULL,
    set_at                  BIGINT  NOT NULL
);

CREATE FUNCTION lks_parameter_refuse_change() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'subsidy parameters cannot be changed; add a row from a later date'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER lks_parameter_no_update BEFORE UPDATE ON lks_parameter
FOR EACH ROW EXECUTE FUNCTION lks_parameter_refuse_change();
CREATE TRIGGER lks_parameter_no_delete BEFORE DELETE ON lks_parameter
FOR EACH ROW EXECUTE FUNCTION lks_parameter_refuse_change();
