-- The courses a report covers. Every report runs on its own DuckDB connection, which first creates the
-- one-row TEMP table report_scope from the report's options (libs/analytics/src/engine/report-scope.ts):
--   municipality_code INTEGER, target_group VARCHAR   -- NULL means "all"
--   start_from DATE, start_to DATE                    -- the period of phase-1 start dates, inclusive; NULL: open
--   baseline_rule VARCHAR                             -- 'first' | 'lower_of_first_two'
--   baseline_rule_instrument VARCHAR                  -- the instrument the rule applies to ('rs')
-- The numbered files then create the report's relations as TEMP tables of that connection, so reports with
-- different filters run side by side, and each relation is computed once per report, not once per query.
CREATE TEMP TABLE courses_in_scope AS
SELECT c.*
FROM courses c, report_scope s
WHERE (s.municipality_code IS NULL OR c.municipality_code = s.municipality_code)
  AND (s.target_group IS NULL OR c.target_group = s.target_group)
  AND (s.start_from IS NULL OR c.start_date >= s.start_from)
  AND (s.start_to IS NULL OR c.start_date <= s.start_to);
