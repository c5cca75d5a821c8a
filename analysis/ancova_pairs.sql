-- The complete pairs behind each comparison's ANCOVA: follow = b0 + b1·baseline + b2·cti.
SELECT outcome, timepoint, arm, baseline, follow
FROM change_pairs
ORDER BY outcome, timepoint, course_id;
