-- The wide dataset's outcome columns: every outcome of the registry with a value anywhere in the snapshot (so the
-- columns do not depend on the report's filters), with the range its values can take.
WITH item_ranges AS (
  SELECT instrument, count(*) AS items, sum("min") AS sum_min, sum("max") AS sum_max, min("min") AS lo, max("max") AS hi
  FROM instrument_items GROUP BY instrument
)
SELECT o.outcome, o.instrument, o.kind, o.higher_is_better, n.name AS instrument_name,
       CASE
         WHEN o.kind = 'item' THEN (SELECT i."min" FROM instrument_items i WHERE i.instrument || '_' || i.item = o.outcome)
         WHEN EXISTS (SELECT 1 FROM score_conversions k WHERE k.score = o.outcome) THEN (SELECT min(k.converted) FROM score_conversions k WHERE k.score = o.outcome) * coalesce(s.multiplier, 1)
         WHEN s.method = 'mean' THEN r.lo * coalesce(s.multiplier, 1)
         ELSE r.sum_min * coalesce(s.multiplier, 1)
       END AS min_value,
       CASE
         WHEN o.kind = 'item' THEN (SELECT i."max" FROM instrument_items i WHERE i.instrument || '_' || i.item = o.outcome)
         WHEN EXISTS (SELECT 1 FROM score_conversions k WHERE k.score = o.outcome) THEN (SELECT max(k.converted) FROM score_conversions k WHERE k.score = o.outcome) * coalesce(s.multiplier, 1)
         WHEN s.method = 'mean' THEN r.hi * coalesce(s.multiplier, 1)
         ELSE r.sum_max * coalesce(s.multiplier, 1)
       END AS max_value
FROM outcome_catalogue o
JOIN instruments n ON n.instrument = o.instrument
JOIN item_ranges r ON r.instrument = o.instrument
LEFT JOIN instrument_scores s ON s.score = o.outcome AND o.kind = 'score'
WHERE EXISTS (SELECT 1 FROM course_outcome_values v WHERE v.outcome = o.outcome)
ORDER BY o.outcome_position;
