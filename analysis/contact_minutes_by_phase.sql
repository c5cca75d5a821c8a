-- fidelity.contact_minutes_by_phase: CTI contact minutes summed by phase, with the courses they come from.
SELECT phase,
       sum(minutes)               AS minutes,
       count(DISTINCT course_id)  AS n
FROM cti_contacts_by_phase
GROUP BY phase
ORDER BY phase;
