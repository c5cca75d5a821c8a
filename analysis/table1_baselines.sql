-- Table 1: the baseline reading of every outcome, as measured (no baseline rule), of the courses in scope.
SELECT v.course_id, v.outcome
     , v.value
FROM measured_outcome_values v
WHERE v.timepoint = 'baseline'
ORDER BY v.outcome_position, v.course_id;
