-- descriptives[]: per outcome × arm × timepoint with at least one value; sample SD (n − 1), NULL when n = 1.
SELECT outcome, arm, timepoint,
       count(*)            AS n,
       avg(value)          AS mean,
       stddev_samp(value)  AS sd
FROM outcome_values
WHERE timepoint IN ('baseline', 'm9', 'm18')
GROUP BY outcome, arm, timepoint
ORDER BY min(outcome_position), arm = 'control', list_position(['baseline', 'm9', 'm18'], timepoint);
