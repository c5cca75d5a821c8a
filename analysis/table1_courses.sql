-- Table 1: each course in scope with its characteristics at the start, and whether it is analysed at the primary
-- timepoint (a complete pair of the primary outcome, $outcome at $timepoint) or lost. Age is the calendar year of
-- the start minus the birth year (the bundle holds the birth year only).
SELECT c.course_id, c.arm, c.sex, c.target_group, CAST(c.municipality_code AS VARCHAR) AS municipality_code,
       year(c.start_date) - c.birth_year AS age_at_start,
       EXISTS (SELECT 1 FROM change_pairs p WHERE p.course_id = c.course_id AND p.outcome = $outcome AND p.timepoint = $timepoint) AS analysed
FROM courses_in_scope c
ORDER BY c.course_id;
