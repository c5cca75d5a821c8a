-- CONSORT "lost, with reasons": per arm and timepoint, the courses in scope without a measurement row at that
-- timepoint, counted by the course's end_reason ('not_ended' where the course has none: still running, or no
-- ending recorded). The counts of one arm and timepoint add up to allocated − measured (attrition.sql).
WITH timepoints AS (
  SELECT unnest(['baseline', 'm3', 'm6', 'm9', 'm18']) AS timepoint
)
SELECT c.arm, t.timepoint, coalesce(c.end_reason, 'not_ended') AS reason, count(*) AS courses
FROM courses_in_scope c
CROSS JOIN timepoints t
WHERE NOT EXISTS (SELECT 1 FROM measurements m WHERE m.course_id = c.course_id AND m.timepoint = t.timepoint)
GROUP BY c.arm, t.timepoint, reason
ORDER BY c.arm = 'control', list_position(['baseline', 'm3', 'm6', 'm9', 'm18'], t.timepoint),
         list_position(['completed', 'dropped_out', 'moved', 'died', 'other', 'not_ended'], reason), reason;
