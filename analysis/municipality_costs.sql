-- Mean cost per citizen by municipality, arm and horizon, with the national figure (municipality_code NULL)
-- over all municipalities' courses. CTI vs control (§ 85 support); every course of the arm counts.
SELECT municipality_code, horizon_months, arm,
       count(*)           AS n,
       avg(cost)          AS mean_cost,
       stddev_samp(cost)  AS sd_cost
FROM national_course_costs
GROUP BY GROUPING SETS ((municipality_code, horizon_months, arm), (horizon_months, arm))
ORDER BY municipality_code NULLS FIRST, horizon_months, arm = 'control';
