-- Instruments with readings in scope but an item that no reading has: their scores can never be computed
-- (a score needs every item), which otherwise goes unnoticed.
WITH read AS (
  SELECT DISTINCT v.instrument, v.item
  FROM measurement_values v JOIN courses_in_scope c ON c.course_id = v.course_id
)
SELECT i.instrument, list(i.item ORDER BY i.position) AS missing_items
FROM instrument_items i
WHERE i.instrument IN (SELECT instrument FROM read)
  AND NOT EXISTS (SELECT 1 FROM read r WHERE r.instrument = i.instrument AND r.item = i.item)
GROUP BY i.instrument
ORDER BY i.instrument;
