-- Outcome values of the courses in scope (scored once per snapshot in snapshot_01_scores.sql).

-- Every outcome value of the courses in scope, as measured.
CREATE TEMP TABLE measured_outcome_values AS
SELECT c.course_id, c.arm, o.instrument, o.outcome, o.outcome_position, o.timepoint, o.value
FROM course_outcome_values o
JOIN courses_in_scope c ON c.course_id = o.course_id;

-- The values analysed. Under baseline_rule 'lower_of_first_two' the baseline of the rule's instrument
-- (Recovery Star) is the lower of the baseline and m3 readings, because first self-ratings often run high.
CREATE TEMP TABLE outcome_values AS
SELECT course_id, arm, instrument, outcome, outcome_position, timepoint, value
FROM measured_outcome_values
WHERE timepoint <> 'baseline'
UNION ALL
SELECT b.course_id, b.arm, b.instrument, b.outcome, b.outcome_position, b.timepoint,
       CASE
         WHEN s.baseline_rule = 'lower_of_first_two' AND b.instrument = s.baseline_rule_instrument AND m3.value IS NOT NULL
           THEN least(b.value, m3.value)
         ELSE b.value
       END AS value
FROM measured_outcome_values b
CROSS JOIN report_scope s
LEFT JOIN measured_outcome_values m3
  ON m3.course_id = b.course_id AND m3.outcome = b.outcome AND m3.timepoint = 'm3'
WHERE b.timepoint = 'baseline';
