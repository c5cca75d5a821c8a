-- The repeated-measures model's data for one outcome ($outcome): every course with a baseline and at least one
-- follow-up (m9, m18), one row per follow-up reading; the baseline follows the report's baseline rule.
SELECT course_id, arm, timepoint, baseline, follow
FROM change_pairs
WHERE outcome = $outcome
ORDER BY course_id, list_position(['m9', 'm18'], timepoint);
