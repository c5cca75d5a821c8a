-- change[]: within-arm change from baseline over complete pairs, when there are at least 3 pairs.
-- The t-test, interval and effect size are computed from these moments in TypeScript.
SELECT outcome, instrument, arm, timepoint,
       count(*)             AS n,
       avg(change)          AS mean_change,
       stddev_samp(change)  AS sd_change
FROM change_pairs
GROUP BY outcome, instrument, arm, timepoint
HAVING count(*) >= 3
ORDER BY min(outcome_position), arm = 'control', list_position(['m9', 'm18'], timepoint);
