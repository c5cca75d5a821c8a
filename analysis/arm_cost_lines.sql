-- Per arm in scope: its courses and the cost lines they have. An arm without any cost line has no costs
-- recorded (absent, not zero), so its costs and the cost-effectiveness analysis are unavailable.
SELECT c.arm,
       count(DISTINCT c.course_id)  AS n_courses,
       count(l.course_id)           AS n_cost_lines
FROM courses_in_scope c
LEFT JOIN cost_lines l ON l.course_id = c.course_id
GROUP BY c.arm
ORDER BY c.arm = 'control';
