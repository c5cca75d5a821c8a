-- Per arm in scope: courses with an m3 reading of the baseline rule's instrument ($instrument). The rule
-- 'lower_of_first_two' only changes baselines where m3 exists; applied to one arm only it biases the comparison.
SELECT c.arm, count(DISTINCT m.course_id) AS courses_with_m3
FROM courses_in_scope c
LEFT JOIN measured_outcome_values m ON m.course_id = c.course_id AND m.instrument = $instrument AND m.timepoint = 'm3'
GROUP BY c.arm
ORDER BY c.arm = 'control';
