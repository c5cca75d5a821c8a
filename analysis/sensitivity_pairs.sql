-- The complete pairs of one outcome ($outcome) with what the sensitivity analyses adjust or select by: the
-- municipality (allocation was within municipalities) and the end reason (completers: end_reason = 'completed').
SELECT p.timepoint, p.arm, p.baseline, p.follow, c.municipality_code, c.end_reason
FROM change_pairs p
JOIN courses_in_scope c ON c.course_id = p.course_id
WHERE p.outcome = $outcome
ORDER BY p.timepoint, p.course_id;
