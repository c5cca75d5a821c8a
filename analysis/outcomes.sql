-- The outcomes of the instrument registry, in report order.
SELECT outcome, instrument, kind, higher_is_better
FROM outcome_catalogue
ORDER BY outcome_position;
