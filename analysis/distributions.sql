-- distributions[]: per score outcome (not items) × arm × timepoint (baseline, m9, m18), the quartiles and the 10th and
-- 90th percentiles of the values analysed (as descriptives.sql), for box plots. quantile_cont interpolates linearly
-- between order statistics: R's quantile(type = 7) (Hyndman & Fan 1996, definition 7).
SELECT v.outcome, v.arm, v.timepoint,
       count(*)                        AS n,
       quantile_cont(v.value, 0.10)    AS p10,
       quantile_cont(v.value, 0.25)    AS q1,
       quantile_cont(v.value, 0.50)    AS median,
       quantile_cont(v.value, 0.75)    AS q3,
       quantile_cont(v.value, 0.90)    AS p90
FROM outcome_values v
JOIN outcome_catalogue o ON o.outcome = v.outcome AND o.kind = 'score'
WHERE v.timepoint IN ('baseline', 'm9', 'm18')
GROUP BY v.outcome, v.arm, v.timepoint
ORDER BY min(v.outcome_position), v.arm = 'control', list_position(['baseline', 'm9', 'm18'], v.timepoint);
