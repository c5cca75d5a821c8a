-- costs[].mean_cost_by_category: a category's total within the horizon over the arm's courses ÷ the arm's course count.
WITH arm_size AS (
  SELECT arm, count(*) AS courses FROM courses_in_scope GROUP BY arm
)
SELECT h.horizon_months, c.arm, l.category,
       sum(l.amount) / any_value(a.courses) AS mean_cost
FROM cost_horizons h
JOIN discounted_cost_lines l ON l.to_month <= h.horizon_months
JOIN courses_in_scope c ON c.course_id = l.course_id
JOIN arm_size a ON a.arm = c.arm
GROUP BY h.horizon_months, c.arm, l.category
ORDER BY h.horizon_months, c.arm = 'control', l.category;
