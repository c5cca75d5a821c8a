-- Cost per course and horizon (analysis-spec.md, costs): lines with to_month <= H; no such lines = 0 DKK.
-- (cost_line_amounts and cost_horizons: snapshot_02_cost_lines.sql.)

-- Costs beyond month 12 discounted at the report's annual rate (report_scope.discount_rate; 0 = undiscounted): a line
-- is spread evenly over its months from_month + 1 … to_month, and month k is in year ⌊(k − 1)/12⌋, discounted by
-- (1 + r)^−year; a line without duration (from_month = to_month = t) falls in month max(t, 1).
CREATE TEMP TABLE discounted_cost_lines AS
SELECT l.course_id, l.category, l.from_month, l.to_month,
       l.amount * CASE
         WHEN l.to_month <= l.from_month THEN pow(1 + s.discount_rate, -((greatest(l.to_month, 1) - 1) // 12))
         ELSE d.factor
       END AS amount
FROM cost_line_amounts l
CROSS JOIN report_scope s
LEFT JOIN LATERAL (
  SELECT avg(pow(1 + s.discount_rate, -((k - 1) // 12))) AS factor
  FROM range(l.from_month + 1, l.to_month + 1) t(k)
) d ON true;

-- Every municipality's courses (the report's target-group and start-period filters apply): the national picture
-- that a municipality's own figures are set against.
CREATE TEMP TABLE national_course_costs AS
SELECT c.course_id, c.arm, c.municipality_code, h.horizon_months, coalesce(sum(l.amount), 0) AS cost
FROM courses c
CROSS JOIN report_scope s
CROSS JOIN cost_horizons h
LEFT JOIN discounted_cost_lines l ON l.course_id = c.course_id AND l.to_month <= h.horizon_months
WHERE (s.target_group IS NULL OR c.target_group = s.target_group)
  AND (s.start_from IS NULL OR c.start_date >= s.start_from)
  AND (s.start_to IS NULL OR c.start_date <= s.start_to)
GROUP BY c.course_id, c.arm, c.municipality_code, h.horizon_months;

CREATE TEMP TABLE course_costs AS
SELECT n.*
FROM national_course_costs n
JOIN courses_in_scope c ON c.course_id = n.course_id;
