-- The Recovery Star ladder of change: share of citizens at each stage per dimension, arm and timepoint.
-- Stages: 1–2 stuck, 3–4 accepting help, 5–6 believing, 7–8 learning, 9–10 self-reliance.
-- The baseline follows the report's baseline rule (outcome_values applies it).
WITH staged AS (
  SELECT v.outcome, v.outcome_position, v.arm, v.timepoint,
         CASE
           WHEN v.value <= 2 THEN 'stuck'
           WHEN v.value <= 4 THEN 'accepting_help'
           WHEN v.value <= 6 THEN 'believing'
           WHEN v.value <= 8 THEN 'learning'
           ELSE 'self_reliance'
         END AS stage
  FROM outcome_values v
  JOIN outcome_catalogue o ON o.outcome = v.outcome AND o.kind = 'item'
  CROSS JOIN report_scope s
  WHERE v.instrument = s.baseline_rule_instrument
)
SELECT outcome AS dimension, arm, timepoint, stage,
       count(*)                                                          AS citizens,
       sum(count(*)) OVER (PARTITION BY outcome, arm, timepoint)         AS n,
       count(*) / sum(count(*)) OVER (PARTITION BY outcome, arm, timepoint) AS share
FROM staged
GROUP BY outcome, outcome_position, arm, timepoint, stage
ORDER BY outcome_position, arm = 'control',
         list_position(['baseline', 'm3', 'm6', 'm9', 'm18'], timepoint),
         list_position(['stuck', 'accepting_help', 'believing', 'learning', 'self_reliance'], stage);
