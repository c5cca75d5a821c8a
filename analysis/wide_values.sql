-- The wide dataset's readings: every outcome value of the courses in scope as measured (kind 'value', any timepoint),
-- and the change from baseline of every complete pair (kind 'change', m9 and m18; the baseline follows the baseline rule).
SELECT course_id, outcome, timepoint, 'value' AS kind, value FROM measured_outcome_values
UNION ALL
SELECT course_id, outcome, timepoint, 'change' AS kind, change AS value FROM change_pairs;
