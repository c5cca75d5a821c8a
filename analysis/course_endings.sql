-- Ended CTI courses: how many had a handover plan agreed, and how many ran past nine months
-- (end_date later than start_date + 9 calendar months; the method ends the course after nine months).
SELECT count(*)                                                                AS ended,
       count(*) FILTER (handover_plan_date IS NOT NULL)                        AS with_handover_plan,
       count(*) FILTER (end_date > start_date + INTERVAL 9 MONTH)              AS ended_after_nine_months
FROM courses_in_scope
WHERE arm = 'cti' AND end_date IS NOT NULL;
