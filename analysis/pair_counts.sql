-- Complete baseline–follow-up pairs per measured outcome × arm × follow-up (m9, m18), zeros included, so the
-- report can say why a change or comparison entry is missing. Only outcomes with a value in scope are listed.
WITH measured AS (
  SELECT DISTINCT outcome FROM outcome_values
),
arms AS (
  SELECT DISTINCT arm FROM courses_in_scope
),
pairs AS (
  SELECT outcome, arm, timepoint, count(*) AS n FROM change_pairs GROUP BY outcome, arm, timepoint
)
SELECT o.outcome, o.instrument, a.arm, t.timepoint, coalesce(p.n, 0) AS n
FROM outcome_catalogue o
JOIN measured m ON m.outcome = o.outcome
CROSS JOIN arms a
CROSS JOIN (SELECT unnest(['m9', 'm18']) AS timepoint) t
LEFT JOIN pairs p ON p.outcome = o.outcome AND p.arm = a.arm AND p.timepoint = t.timepoint
ORDER BY o.outcome_position, a.arm = 'control', list_position(['m9', 'm18'], t.timepoint);
