-- CTI courses in scope with the length of each phase in days (analysis-spec.md, fidelity).
CREATE TEMP TABLE cti_phase_lengths AS
SELECT course_id, '1' AS phase, phase2_start - start_date AS length_days FROM courses_in_scope WHERE arm = 'cti'
UNION ALL
SELECT course_id, '2', phase3_start - phase2_start FROM courses_in_scope WHERE arm = 'cti'
UNION ALL
SELECT course_id, '3', end_date - phase3_start FROM courses_in_scope WHERE arm = 'cti';

-- Each contact of a CTI course in the phase whose date range holds it: on/after phase3_start → 3,
-- else on/after phase2_start → 2, else 1 (a missing phase start never matches).
CREATE TEMP TABLE cti_contacts_by_phase AS
SELECT k.course_id, k.date, k.minutes, k.worker_id,
       CASE
         WHEN k.date >= c.phase3_start THEN '3'
         WHEN k.date >= c.phase2_start THEN '2'
         ELSE '1'
       END AS phase
FROM contacts k
JOIN courses_in_scope c ON c.course_id = k.course_id
WHERE c.arm = 'cti';
