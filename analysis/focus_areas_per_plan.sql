-- Focus areas per CTI plan: how many CTI courses have 0, 1, 2, … focus areas (the method wants 2–3).
WITH per_course AS (
  SELECT c.course_id, count(f.course_id) AS focus_areas
  FROM courses_in_scope c
  LEFT JOIN focus_areas f ON f.course_id = c.course_id
  WHERE c.arm = 'cti'
  GROUP BY c.course_id
)
SELECT focus_areas, count(*) AS courses
FROM per_course
GROUP BY focus_areas
ORDER BY focus_areas;
