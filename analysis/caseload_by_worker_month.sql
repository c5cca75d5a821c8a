-- Caseload: active CTI courses per worker per calendar month. A course is active in a month when it started on
-- or before the month's last day and had not ended before its first day (a running course has no end_date).
-- The method wants about 10–12 citizens per full-time worker. Courses without a worker are left out.
WITH months AS (
  SELECT unnest(generate_series(date_trunc('month', min(start_date)),
                                date_trunc('month', max(coalesce(end_date, start_date))),
                                INTERVAL 1 MONTH))::DATE AS month_start
  FROM courses_in_scope
  WHERE arm = 'cti'
)
SELECT c.worker_id, strftime(m.month_start, '%Y-%m') AS month, count(*) AS active_courses
FROM courses_in_scope c
JOIN months m
  ON c.start_date <= last_day(m.month_start)
 AND (c.end_date IS NULL OR c.end_date >= m.month_start)
WHERE c.arm = 'cti' AND c.worker_id IS NOT NULL
GROUP BY c.worker_id, m.month_start
ORDER BY m.month_start, c.worker_id;
