-- The wide dataset's costs: per course in scope, horizon and category (every category of the snapshot's cost lines,
-- 'total' for all), the discounted cost of the lines within the horizon; a course without lines costs 0 (as costs[]).
WITH categories AS (
  SELECT DISTINCT category FROM cost_line_amounts
  UNION ALL SELECT 'total'
)
SELECT c.course_id, h.horizon_months, k.category,
       coalesce(sum(l.amount), 0) AS cost
FROM courses_in_scope c
CROSS JOIN cost_horizons h
CROSS JOIN categories k
LEFT JOIN discounted_cost_lines l
  ON l.course_id = c.course_id AND l.to_month <= h.horizon_months AND (k.category = 'total' OR l.category = k.category)
GROUP BY c.course_id, h.horizon_months, k.category;
