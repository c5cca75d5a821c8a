-- Cost per course and horizon (analysis-spec.md, costs): lines with to_month <= H; no such lines = 0 DKK.

-- A line's effective amount: amount_dkk, else quantity × unit_cost_dkk (cohort-format.md, costs.csv).
CREATE OR REPLACE VIEW cost_line_amounts AS
SELECT course_id, category, from_month, to_month, coalesce(amount_dkk, quantity * unit_cost_dkk, 0) AS amount
FROM cost_lines;

CREATE OR REPLACE VIEW cost_horizons AS
SELECT * FROM (VALUES (9), (21)) AS h(horizon_months);

-- Every municipality's courses (the report's target-group filter applies): the national picture
-- that a municipality's own figures are set against.
CREATE OR REPLACE VIEW national_course_costs AS
SELECT c.course_id, c.arm, c.municipality_code, h.horizon_months, coalesce(sum(l.amount), 0) AS cost
FROM courses c
CROSS JOIN report_scope s
CROSS JOIN cost_horizons h
LEFT JOIN cost_line_amounts l ON l.course_id = c.course_id AND l.to_month <= h.horizon_months
WHERE s.target_group IS NULL OR c.target_group = s.target_group
GROUP BY c.course_id, c.arm, c.municipality_code, h.horizon_months;

CREATE OR REPLACE VIEW course_costs AS
SELECT n.*
FROM national_course_costs n
JOIN courses_in_scope c ON c.course_id = n.course_id;
