-- descriptives at the interim readings m3 and m6 (imported for every instrument, e.g. WEMWBS and SDS): the same
-- figures as descriptives[] (n, mean, sample SD), kept apart so descriptives[] stays the reference's contract.
SELECT outcome, arm, timepoint,
       count(*)            AS n,
       avg(value)          AS mean,
       stddev_samp(value)  AS sd
FROM outcome_values
WHERE timepoint IN ('m3', 'm6')
GROUP BY outcome, arm, timepoint
ORDER BY min(outcome_position), arm = 'control', list_position(['m3', 'm6'], timepoint);
