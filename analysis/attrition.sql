-- CONSORT-style flow per arm: allocated (courses), measured (a measurement row, even with every item blank)
-- at each timepoint, and analysed (a complete baseline–follow-up pair of the primary outcome, $primary_outcome).
WITH allocated AS (
  SELECT arm, count(*) AS allocated FROM courses_in_scope GROUP BY arm
),
measured AS (
  SELECT c.arm, m.timepoint, count(DISTINCT m.course_id) AS measured
  FROM measurements m JOIN courses_in_scope c ON c.course_id = m.course_id
  GROUP BY c.arm, m.timepoint
),
analysed AS (
  SELECT arm, timepoint, count(*) AS analysed
  FROM change_pairs
  WHERE outcome = $primary_outcome
  GROUP BY arm, timepoint
)
SELECT a.arm, t.timepoint, a.allocated, coalesce(m.measured, 0) AS measured,
       CASE WHEN t.timepoint IN ('m9', 'm18') THEN coalesce(p.analysed, 0) END AS analysed
FROM allocated a
CROSS JOIN (SELECT unnest(['baseline', 'm3', 'm6', 'm9', 'm18']) AS timepoint) t
LEFT JOIN measured m ON m.arm = a.arm AND m.timepoint = t.timepoint
LEFT JOIN analysed p ON p.arm = a.arm AND p.timepoint = t.timepoint
ORDER BY a.arm = 'control', list_position(['baseline', 'm3', 'm6', 'm9', 'm18'], t.timepoint);
