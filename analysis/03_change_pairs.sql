-- Complete pairs: courses with an outcome at both baseline and a follow-up timepoint (m9, m18).
CREATE TEMP TABLE change_pairs AS
SELECT f.course_id, f.arm, f.instrument, f.outcome, f.outcome_position, f.timepoint,
       b.value AS baseline,
       f.value AS follow,
       f.value - b.value AS change
FROM outcome_values f
JOIN outcome_values b ON b.course_id = f.course_id AND b.outcome = f.outcome AND b.timepoint = 'baseline'
WHERE f.timepoint IN ('m9', 'm18');
