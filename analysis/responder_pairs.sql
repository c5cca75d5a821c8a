-- Responders: every complete pair of a score for which the registry holds a minimal important change or a
-- reliability, its change oriented so that positive is better, with the registry figures and the SD of the score's
-- baseline over the courses in scope (the Jacobson–Truax s₁).
WITH baseline_sd AS (
  SELECT outcome, stddev_samp(value) AS baseline_sd
  FROM outcome_values
  WHERE timepoint = 'baseline'
  GROUP BY outcome
)
SELECT p.outcome, s.instrument, p.arm, p.timepoint,
       CASE WHEN i.higher_is_better THEN p.change ELSE -p.change END AS oriented_change,
       s.mic, s.mic_source, s.reliability, s.reliability_source, b.baseline_sd
FROM change_pairs p
JOIN instrument_scores s ON s.score = p.outcome
JOIN instruments i ON i.instrument = s.instrument
JOIN baseline_sd b ON b.outcome = p.outcome
WHERE s.mic IS NOT NULL OR s.reliability IS NOT NULL
ORDER BY p.outcome_position, p.arm = 'control', list_position(['m9', 'm18'], p.timepoint), p.course_id;
