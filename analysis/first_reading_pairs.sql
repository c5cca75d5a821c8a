-- Complete pairs of one instrument's outcomes ($instrument) with the first (baseline-timepoint) reading as baseline,
-- whatever the baseline rule: the comparison uses these when the rule would apply to one arm only.
SELECT f.course_id, f.outcome, f.timepoint, f.arm, b.value AS baseline, f.value AS follow, f.value - b.value AS change
FROM measured_outcome_values f
JOIN measured_outcome_values b ON b.course_id = f.course_id AND b.outcome = f.outcome AND b.timepoint = 'baseline'
WHERE f.timepoint IN ('m9', 'm18') AND f.instrument = $instrument
ORDER BY f.outcome, f.timepoint, f.course_id;
