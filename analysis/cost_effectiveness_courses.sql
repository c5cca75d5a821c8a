-- Per course, what the cost-effectiveness bootstrap resamples: the cost at the chosen horizon and the
-- change of the chosen outcome at the chosen timepoint (NULL without a complete pair).
-- Parameters: $outcome, $timepoint, $horizon_months.
SELECT k.course_id, k.arm, k.cost, p.change
FROM course_costs k
LEFT JOIN change_pairs p
  ON p.course_id = k.course_id AND p.outcome = $outcome AND p.timepoint = $timepoint
WHERE k.horizon_months = $horizon_months
ORDER BY k.arm, k.course_id;
