-- The wide analysis dataset (libs/analytics/src/export/analysis-dataset.ts): one row per course in scope with its
-- characteristics; dates as ISO text, age at start = calendar year of start_date − birth_year.
SELECT course_id, citizen_id, municipality_code, arm, target_group, worker_id, sex, birth_year,
       year(start_date) - birth_year AS age_at_start,
       strftime(contact_start, '%Y-%m-%d') AS contact_start,
       strftime(start_date, '%Y-%m-%d') AS start_date,
       strftime(phase2_start, '%Y-%m-%d') AS phase2_start,
       strftime(phase3_start, '%Y-%m-%d') AS phase3_start,
       strftime(end_date, '%Y-%m-%d') AS end_date,
       end_reason,
       strftime(handover_plan_date, '%Y-%m-%d') AS handover_plan_date
FROM courses_in_scope
ORDER BY course_id;
