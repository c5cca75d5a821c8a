-- fidelity.phase_length_days: per phase, non-missing lengths, their median, and how many lie within 14 days of 91.
SELECT 'phase' || phase                                   AS phase,
       count(length_days)                                 AS n,
       quantile_cont(length_days, 0.5)                    AS median,
       count(*) FILTER (abs(length_days - 91) <= 14)      AS within_14_days_of_91
FROM cti_phase_lengths
GROUP BY phase
ORDER BY phase;
