import type { EntityManager } from 'typeorm';
import type { TableCounts } from './import-summary';
import { COURSE_COLUMNS } from './staging';

/**
 * Writes the staged courses set-based: pseudonyms first, then every changed value recorded in s_change, then one
 * UPDATE of the changed courses and one INSERT of the new ones. Leaves s_course.course_id set for every course.
 */
export async function writeCourses(em: EntityManager, evaluationId: number, counts: TableCounts): Promise<void> {
  await em.query(`INSERT INTO citizen (evaluation_id, pseudonym) SELECT DISTINCT $1::integer, citizen FROM s_course ON CONFLICT (evaluation_id, pseudonym) DO NOTHING`, [evaluationId]);
  await em.query(
    `INSERT INTO worker (evaluation_id, pseudonym)
     SELECT DISTINCT $1::integer, w FROM (SELECT worker FROM s_course UNION SELECT worker FROM s_contact) x(w) WHERE w IS NOT NULL
     ON CONFLICT (evaluation_id, pseudonym) DO NOTHING`,
    [evaluationId],
  );
  await em.query(
    `UPDATE s_course s SET citizen_id = (SELECT id FROM citizen WHERE evaluation_id = $1 AND pseudonym = s.citizen),
       worker_id = (SELECT id FROM worker WHERE evaluation_id = $1 AND pseudonym = s.worker),
       course_id = (SELECT id FROM course WHERE evaluation_id = $1 AND course_code = s.course_code)`,
    [evaluationId],
  );
  const [staged] = (await em.query('SELECT count(*)::int AS total, count(course_id)::int AS stored FROM s_course')) as { total: number; stored: number }[];
  const compared = COURSE_COLUMNS.map(([c], i) => `(${i + 3}, '${c}', c.${c}::text, s.${c}::text)`).join(', ');
  await em.query(
    `INSERT INTO s_change (table_name, record_key, field, old_value, new_value)
     SELECT 'course', s.course_code, v.field, v.old_value, v.new_value
     FROM s_course s JOIN course c ON c.id = s.course_id JOIN citizen oc ON oc.id = c.citizen_id LEFT JOIN worker ow ON ow.id = c.worker_id
     CROSS JOIN LATERAL (VALUES (1, 'citizen_id', oc.pseudonym, s.citizen), (2, 'worker_id', ow.pseudonym, s.worker), ${compared}) v(n, field, old_value, new_value)
     WHERE v.old_value IS DISTINCT FROM v.new_value
     ORDER BY s.ord, v.n`,
  );
  const columns = ['citizen_id', 'worker_id', ...COURSE_COLUMNS.map(([c]) => c)];
  await em.query(
    `UPDATE course c SET ${columns.map((col) => `${col} = s.${col}`).join(', ')}
     FROM s_course s WHERE c.id = s.course_id AND (${columns.map((col) => `c.${col}`).join(', ')}) IS DISTINCT FROM (${columns.map((col) => `s.${col}`).join(', ')})`,
  );
  await em.query(
    `INSERT INTO course (evaluation_id, course_code, ${columns.join(', ')}) SELECT $1, course_code, ${columns.join(', ')} FROM s_course WHERE course_id IS NULL ORDER BY ord`,
    [evaluationId],
  );
  // through course's unique index: joining a CTE's RETURNING rows has no statistics and the planner nests loops over it
  await em.query(`UPDATE s_course s SET course_id = c.id FROM course c WHERE s.course_id IS NULL AND c.evaluation_id = $1 AND c.course_code = s.course_code`, [evaluationId]);
  const [changed] = (await em.query(`SELECT count(DISTINCT record_key)::int AS n FROM s_change WHERE table_name = 'course'`)) as { n: number }[];
  Object.assign(counts, { inBundle: staged.total, inserted: staged.total - staged.stored, updated: changed.n, unchanged: staged.stored - changed.n });
}
