-- The courses a report covers. The engine writes one row into report_scope before each report;
-- a NULL filter means "all". baseline_rule applies to the instrument named in baseline_rule_instrument.
CREATE OR REPLACE TABLE report_scope (
  municipality_code INTEGER,
  target_group VARCHAR,
  baseline_rule VARCHAR NOT NULL DEFAULT 'first',      -- 'first' | 'lower_of_first_two'
  baseline_rule_instrument VARCHAR NOT NULL DEFAULT 'rs'
);

CREATE OR REPLACE VIEW courses_in_scope AS
SELECT c.*
FROM courses c, report_scope s
WHERE (s.municipality_code IS NULL OR c.municipality_code = s.municipality_code)
  AND (s.target_group IS NULL OR c.target_group = s.target_group);
