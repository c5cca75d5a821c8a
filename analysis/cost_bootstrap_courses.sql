-- The cost per course and horizon that the cost-difference bootstrap resamples, each arm's courses in course_id order.
SELECT horizon_months, arm, cost
FROM course_costs
ORDER BY horizon_months, arm, course_id;
