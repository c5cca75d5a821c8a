-- costs[]: mean and SD of the cost per course, per horizon and arm; every course of the arm counts.
SELECT horizon_months, arm,
       count(*)           AS n,
       avg(cost)          AS mean_cost,
       stddev_samp(cost)  AS sd_cost
FROM course_costs
GROUP BY horizon_months, arm
ORDER BY horizon_months, arm = 'control';
