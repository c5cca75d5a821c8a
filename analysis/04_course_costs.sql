-- Cost per course and horizon (analysis-spec.md, costs): lines with to_month <= H; no such lines = 0 DKK.
-- (cost_line_amounts and cost_horizons: snapshot_02_cost_lines.sql.)

-- Every municipality's courses (the report's target-group and start-period filters apply): the national picture
-- that a municipality's own figures are set against.
CREATE TEMP TABLE national_course_costs AS
SELECT c.course_id, c.arm, c.municipality_code, h.horizon_months, coalesce(sum(l.amount), 0) AS cost
FROM courses c
CROSS JOIN report_scope s
CROSS JOIN cost_horizons h
LEFT JOIN cost_line_amounts l ON l.course_id = c.course_id AND l.to_month <= h.horizon_months
WHERE (s.target_group IS NULL OR c.target_group = s.target_group)
  AND (s.start_from IS NULL OR c.start_date >= s.start_from)
  AND (s.start_to IS NULL OR c.start_date <= s.start_to)
GROUP BY c.course_id, c.arm, c.municipality_code, h.horizon_months;

CREATE TEMP TABLE course_costs AS
SELECT n.*
FROM national_course_costs n
JOIN courses_in_scope c ON c.course_id = n.course_id;
