-- Run once when a snapshot is loaded: everything that does not depend on a report's filters, materialised as
-- tables so that no report evaluates it again. Scored from the instrument registry (cohort-format.md, "score"):
-- a score exists only when every item of its instrument is present at that timepoint.

-- One row per course × timepoint × instrument where all of the instrument's items are present.
CREATE OR REPLACE VIEW complete_instrument_readings AS
SELECT v.course_id, v.timepoint, v.instrument,
       sum(v.value) AS item_sum,
       count(*)     AS item_count
FROM measurement_values v
JOIN instrument_items i ON i.instrument = v.instrument AND i.item = v.item
GROUP BY v.course_id, v.timepoint, v.instrument
HAVING count(*) = (SELECT count(*) FROM instrument_items a WHERE a.instrument = v.instrument);

-- Derived scores: sum or mean of the items, through the conversion table when the score has one, times the multiplier.
CREATE OR REPLACE VIEW score_values AS
SELECT r.course_id, r.timepoint, r.instrument, s.score AS outcome,
       instr.position * 1000 + s.position AS outcome_position,
       CASE
         WHEN EXISTS (SELECT 1 FROM score_conversions k WHERE k.score = s.score)
           THEN (SELECT k.converted FROM score_conversions k WHERE k.score = s.score AND k.raw_sum = r.item_sum)
         WHEN s.method = 'mean' THEN r.item_sum / r.item_count
         ELSE r.item_sum
       END * coalesce(s.multiplier, 1) AS value
FROM complete_instrument_readings r
JOIN instrument_scores s ON s.instrument = r.instrument
JOIN instruments instr ON instr.instrument = r.instrument;

-- Items that are outcomes of their own (Recovery Star dimensions, SDS items), named <instrument>_<item>.
CREATE OR REPLACE VIEW item_outcome_values AS
SELECT v.course_id, v.timepoint, v.instrument, v.instrument || '_' || v.item AS outcome,
       instr.position * 1000 + 100 + i.position AS outcome_position,
       v.value
FROM measurement_values v
JOIN instruments instr ON instr.instrument = v.instrument AND instr.items_are_outcomes
JOIN instrument_items i ON i.instrument = v.instrument AND i.item = v.item;

-- Every outcome value of every course, as measured (a table: computed once per snapshot).
CREATE OR REPLACE TABLE course_outcome_values AS
SELECT course_id, instrument, outcome, outcome_position, timepoint, value
FROM (SELECT * FROM score_values UNION ALL SELECT * FROM item_outcome_values)
WHERE value IS NOT NULL;

-- The outcomes the registry defines, in report order.
CREATE OR REPLACE VIEW outcome_catalogue AS
SELECT s.score AS outcome, s.instrument, 'score' AS kind, instr.higher_is_better, instr.position * 1000 + s.position AS outcome_position
FROM instrument_scores s JOIN instruments instr ON instr.instrument = s.instrument
UNION ALL
SELECT i.instrument || '_' || i.item, i.instrument, 'item', instr.higher_is_better, instr.position * 1000 + 100 + i.position
FROM instrument_items i JOIN instruments instr ON instr.instrument = i.instrument AND instr.items_are_outcomes;
