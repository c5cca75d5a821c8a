-- Run once when a snapshot is loaded. Cost lines (analysis-spec.md, costs).

-- A line's effective amount: amount_dkk, else quantity × unit_cost_dkk (cohort-format.md, costs.csv).
CREATE OR REPLACE TABLE cost_line_amounts AS
SELECT course_id, category, from_month, to_month, coalesce(amount_dkk, quantity * unit_cost_dkk, 0) AS amount
FROM cost_lines;

CREATE OR REPLACE VIEW cost_horizons AS
SELECT * FROM (VALUES (9), (21)) AS h(horizon_months);
